package io.pilothouse.runtime.api.admission;

/** An admission plugin of the mutating phase: it may change the object, and may reject it. */
public interface MutatingAdmission {

    /** The plugin's upstream name ({@code LimitRanger}). */
    String name();

    /**
     * Admits a request, changing its object as needed.
     *
     * @throws io.pilothouse.runtime.api.ApiException when the request is rejected
     */
    void admit(AdmissionRequest request);
}
