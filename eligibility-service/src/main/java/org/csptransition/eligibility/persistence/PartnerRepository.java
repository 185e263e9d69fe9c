package org.csptransition.eligibility.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.eligibility.domain.Partner;

import java.util.UUID;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    public boolean partnerIdTaken(String partnerId) {
        return count("partnerId", partnerId) > 0;
    }
}
