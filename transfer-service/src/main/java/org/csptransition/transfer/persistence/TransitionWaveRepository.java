package org.csptransition.transfer.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.transfer.domain.TransitionWave;
import org.csptransition.transfer.domain.TransitionWave.ItemStatus;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** T13 Waves and their customers (items, in native SQL: a wave may have a thousand, read and written one at a time). */
@ApplicationScoped
public class TransitionWaveRepository implements PanacheRepositoryBase<TransitionWave, UUID> {

    /** One customer of a wave and its outcome so far. */
    public record Item(UUID waveId, int position, UUID customerTenantId, ItemStatus status, UUID transferId, String refusalCode,
                       Instant processedAt) {
    }

    public void insertItems(UUID waveId, List<UUID> customers) {
        for (int from = 0; from < customers.size(); from += 500) {
            List<UUID> chunk = customers.subList(from, Math.min(from + 500, customers.size()));
            getEntityManager().createNativeQuery("""
                            INSERT INTO transition_wave_item (wave_id, position, customer_tenant_id, status)
                            SELECT ?1, ?2 + c.ord - 1, c.id, 'PENDING' FROM unnest(CAST(?3 AS uuid[])) WITH ORDINALITY AS c(id, ord)""")
                    .setParameter(1, waveId).setParameter(2, from).setParameter(3, Arrays.uuidArray(chunk)).executeUpdate();
        }
    }

    /** The next pending customer of the wave, locked; rows another worker holds are skipped. */
    @SuppressWarnings("unchecked")
    public Optional<Item> lockNextPending(UUID waveId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT wave_id, position, customer_tenant_id, status, transfer_id, refusal_code, processed_at FROM transition_wave_item
                        WHERE wave_id = ?1 AND status = 'PENDING' ORDER BY position LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, waveId).getResultList();
        return rows.stream().map(TransitionWaveRepository::item).findFirst();
    }

    /** Records the transfer created for a customer, unless it has an outcome already. */
    public boolean created(UUID waveId, UUID customer, UUID transferId, Instant now) {
        return getEntityManager().createNativeQuery("""
                        UPDATE transition_wave_item SET status = 'CREATED', transfer_id = ?3, processed_at = ?4
                        WHERE wave_id = ?1 AND customer_tenant_id = ?2 AND status = 'PENDING'""")
                .setParameter(1, waveId).setParameter(2, customer).setParameter(3, transferId)
                .setParameter(4, now.atOffset(ZoneOffset.UTC)).executeUpdate() == 1;
    }

    /** Records the refusal a customer got, unless it has an outcome already. */
    public boolean refused(UUID waveId, UUID customer, String code, Instant now) {
        return getEntityManager().createNativeQuery("""
                        UPDATE transition_wave_item SET status = 'REFUSED', refusal_code = ?3, processed_at = ?4
                        WHERE wave_id = ?1 AND customer_tenant_id = ?2 AND status = 'PENDING'""")
                .setParameter(1, waveId).setParameter(2, customer).setParameter(3, code)
                .setParameter(4, now.atOffset(ZoneOffset.UTC)).executeUpdate() == 1;
    }

    public long pending(UUID waveId) {
        return ((Number) getEntityManager().createNativeQuery(
                        "SELECT count(*) FROM transition_wave_item WHERE wave_id = ?1 AND status = 'PENDING'")
                .setParameter(1, waveId).getSingleResult()).longValue();
    }

    /** The wave locked for completing it. */
    public Optional<TransitionWave> locked(UUID waveId) {
        boolean exists = !getEntityManager().createNativeQuery("SELECT id FROM transition_wave WHERE id = ?1 FOR UPDATE")
                .setParameter(1, waveId).getResultList().isEmpty();
        return exists ? Optional.of(getEntityManager().find(TransitionWave.class, waveId)) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    public List<UUID> running(int limit) {
        return getEntityManager().createNativeQuery("SELECT id FROM transition_wave WHERE status = 'RUNNING' ORDER BY created_at LIMIT ?1")
                .setParameter(1, limit).getResultList();
    }

    public Map<ItemStatus, Integer> counts(UUID waveId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "SELECT status, count(*) FROM transition_wave_item WHERE wave_id = ?1 GROUP BY status")
                .setParameter(1, waveId).getResultList();
        Map<ItemStatus, Integer> counts = new EnumMap<>(ItemStatus.class);
        for (ItemStatus s : ItemStatus.values()) {
            counts.put(s, 0);
        }
        rows.forEach(r -> counts.put(ItemStatus.valueOf((String) r[0]), ((Number) r[1]).intValue()));
        return counts;
    }

    /** A page of the wave's customers in request order; {@code onlyTargetedAt}: only those with a transfer to that provider. */
    @SuppressWarnings("unchecked")
    public List<Item> items(UUID waveId, boolean onlyCreated, int offset, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT wave_id, position, customer_tenant_id, status, transfer_id, refusal_code, processed_at FROM transition_wave_item
                        WHERE wave_id = ?1 AND (?2 = FALSE OR status = 'CREATED') ORDER BY position OFFSET ?3 LIMIT ?4""")
                .setParameter(1, waveId).setParameter(2, onlyCreated).setParameter(3, offset).setParameter(4, limit).getResultList();
        return rows.stream().map(TransitionWaveRepository::item).toList();
    }

    /** Every transfer the wave created, in request order. */
    @SuppressWarnings("unchecked")
    public List<UUID> transfers(UUID waveId) {
        return getEntityManager().createNativeQuery(
                        "SELECT transfer_id FROM transition_wave_item WHERE wave_id = ?1 AND status = 'CREATED' ORDER BY position")
                .setParameter(1, waveId).getResultList();
    }

    /** The waves the tenant asked for or is the provider of, newest first. */
    public List<TransitionWave> ofParty(UUID tenant, int offset, int limit) {
        return find("partnerTenantId = ?1 or providerTenantId = ?1 order by createdAt desc, id desc", tenant).range(offset, offset + limit - 1).list();
    }

    public long countOfParty(UUID tenant) {
        return count("partnerTenantId = ?1 or providerTenantId = ?1", tenant);
    }

    private static Item item(Object[] r) {
        return new Item((UUID) r[0], ((Number) r[1]).intValue(), (UUID) r[2], ItemStatus.valueOf((String) r[3]), (UUID) r[4], (String) r[5],
                r[6] == null ? null : toInstant(r[6]));
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
