package io.pilothouse.runtime.api.admission;

/** An admission plugin of the validating phase: it does not change the object; it may reject it. */
public interface ValidatingAdmission {

    /** The plugin's upstream name ({@code ResourceQuota}). */
    String name();

    /**
     * Validates a request.
     *
     * @throws io.pilothouse.runtime.api.ApiException when the request is rejected
     */
    void validate(AdmissionRequest request);
}
