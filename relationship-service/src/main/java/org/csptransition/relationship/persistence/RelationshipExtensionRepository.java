package org.csptransition.relationship.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.relationship.domain.RelationshipExtension;

import java.util.UUID;

@ApplicationScoped
public class RelationshipExtensionRepository implements PanacheRepositoryBase<RelationshipExtension, UUID> {
}
