package io.pilothouse.runtime.api.admission;

import org.eclipse.emf.ecore.EObject;

/** The defaults of one API group version's scheme, applied to the objects of its kinds and ignoring others. */
interface GroupDefaults {

    /** Sets the unset fields of an object of one of the group's kinds to their defaults. */
    void apply(EObject object);
}
