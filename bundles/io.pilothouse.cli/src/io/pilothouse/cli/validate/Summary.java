package io.pilothouse.cli.validate;

import io.pilothouse.model.validation.ValidationReport;
import io.pilothouse.model.validation.ValidationReport.ResourceResult;
import io.pilothouse.model.validation.ValidationReport.Status;

/** The counts every output format can show, as kubeconform's summary has them. */
record Summary(int files, int resources, int valid, int invalid, int errors, int skipped) {

    static Summary of(ValidationReport report, int files) {
        int[] counts = new int[Status.values().length];
        for (ResourceResult resource : report.resources()) {
            counts[resource.status().ordinal()]++;
        }
        return new Summary(files, report.resources().size(), counts[Status.VALID.ordinal()],
                counts[Status.INVALID.ordinal()], counts[Status.ERROR.ordinal()], counts[Status.SKIPPED.ordinal()]);
    }

    /** {@code Summary: 3 resources found in 2 files - Valid: 2, Invalid: 1, Errors: 0, Skipped: 0} */
    @Override
    public String toString() {
        return "Summary: " + resources + " resource" + (resources == 1 ? "" : "s") + " found in " + files + " file"
                + (files == 1 ? "" : "s") + " - Valid: " + valid + ", Invalid: " + invalid + ", Errors: " + errors
                + ", Skipped: " + skipped;
    }
}
