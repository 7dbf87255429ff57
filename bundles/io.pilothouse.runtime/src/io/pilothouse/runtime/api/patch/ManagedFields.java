package io.pilothouse.runtime.api.patch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry;
import io.pilothouse.model.k8s.meta.v1.MetaV1Factory;
import io.pilothouse.model.k8s.meta.v1.ObjectMeta;
import io.pilothouse.model.types.Time;
import io.pilothouse.runtime.api.GoStrings;

/**
 * The entries of {@code metadata.managedFields}: who owns which fields, by which operation. Read from and written to
 * the metadata in upstream's order (Apply before Update, then by time, manager, apiVersion, subresource).
 */
final class ManagedFields {

    static final String APPLY = "Apply";
    static final String UPDATE = "Update";

    /**
     * One manager's fields.
     *
     * @param manager     the field manager
     * @param operation   {@code Apply} or {@code Update}
     * @param apiVersion  the version the fields are of
     * @param subresource the subresource written, or {@code null}
     * @param time        when the manager last changed the object
     * @param fields      the fields it owns
     */
    record Entry(String manager, String operation, String apiVersion, String subresource, Time time,
            FieldSet fields) {

        /** Whether both are the same manager identity: the same name and operation, for Update the same version. */
        boolean sameManager(Entry other) {
            return manager.equals(other.manager) && operation.equals(other.operation)
                    && Objects.equals(subresource, other.subresource)
                    && (operation.equals(APPLY) || Objects.equals(apiVersion, other.apiVersion));
        }

        /** As upstream names a manager in a conflict: {@code "kubectl-patch" using apps/v1}. */
        String describe() {
            String described = GoStrings.quote(manager);
            if (subresource != null) {
                described += " with subresource " + GoStrings.quote(subresource);
            }
            return operation.equals(UPDATE) ? described + " using " + apiVersion : described;
        }

        Entry withFields(FieldSet owned) {
            return new Entry(manager, operation, apiVersion, subresource, time, owned);
        }

        Entry withTime(Time changed) {
            return new Entry(manager, operation, apiVersion, subresource, changed, fields);
        }
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::operation)
            .thenComparing(entry -> entry.time() == null ? 0 : entry.time().toInstant().getEpochSecond())
            .thenComparing(Entry::manager)
            .thenComparing(Entry::apiVersion)
            .thenComparing(entry -> entry.subresource() == null ? "" : entry.subresource());

    private ManagedFields() {}

    /** The entries of an object's metadata; ones of an operation upstream does not know are skipped. */
    static List<Entry> read(ObjectMeta meta) {
        List<Entry> entries = new ArrayList<>();
        for (ManagedFieldsEntry entry : meta.getManagedFields()) {
            if ((APPLY.equals(entry.getOperation()) || UPDATE.equals(entry.getOperation()))
                    && entry.getManager() != null) {
                entries.add(new Entry(entry.getManager(), entry.getOperation(), entry.getApiVersion(),
                        entry.getSubresource(), entry.getTime(), FieldSet.fromFieldsV1(entry.getFieldsV1())));
            }
        }
        return entries;
    }

    /** Replaces the entries of an object's metadata, in upstream's order, leaving out managers that own nothing. */
    static void write(ObjectMeta meta, List<Entry> entries) {
        meta.getManagedFields().clear();
        entries.stream().filter(entry -> !entry.fields().isEmpty()).sorted(ORDER).forEach(entry -> {
            ManagedFieldsEntry written = MetaV1Factory.eINSTANCE.createManagedFieldsEntry();
            written.setManager(entry.manager());
            written.setOperation(entry.operation());
            written.setApiVersion(entry.apiVersion());
            written.setTime(entry.time());
            written.setFieldsType("FieldsV1");
            written.setFieldsV1(entry.fields().toFieldsV1());
            written.setSubresource(entry.subresource());
            meta.getManagedFields().add(written);
        });
    }
}
