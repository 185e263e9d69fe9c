package org.csptransition.relationship.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.relationship.domain.ProviderOffer;

import java.util.UUID;

@ApplicationScoped
public class ProviderOfferRepository implements PanacheRepositoryBase<ProviderOffer, UUID> {
}
