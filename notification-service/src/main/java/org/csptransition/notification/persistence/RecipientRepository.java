package org.csptransition.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.notification.domain.Recipient;

import java.util.UUID;

@ApplicationScoped
public class RecipientRepository implements PanacheRepositoryBase<Recipient, UUID> {
}
