/**
 */
package io.pilothouse.model.k8s.scheduling.v1;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Priority Class</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getDescription <em>Description</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getGlobalDefault <em>Global Default</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getPreemptionPolicy <em>Preemption Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.scheduling.v1.SchedulingV1Package#getPriorityClass()
 * @generated
 */
public interface PriorityClass extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Version</em>' attribute.
	 * @see #setApiVersion(String)
	 * @see io.pilothouse.model.k8s.scheduling.v1.SchedulingV1Package#getPriorityClass_ApiVersion()
	 * @generated
	 */
	String getApiVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getApiVersion <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Version</em>' attribute.
	 * @see #getApiVersion()
	 * @generated
	 */
	void setApiVersion(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.pilothouse.model.k8s.scheduling.v1.SchedulingV1Package#getPriorityClass_Description()
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Global Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Global Default</em>' attribute.
	 * @see #setGlobalDefault(Boolean)
	 * @see io.pilothouse.model.k8s.scheduling.v1.SchedulingV1Package#getPriorityClass_GlobalDefault()
	 * @generated
	 */
	Boolean getGlobalDefault();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getGlobalDefault <em>Global Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Global Default</em>' attribute.
	 * @see #getGlobalDefault()
	 * @generated
	 */
	void setGlobalDefault(Boolean value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.scheduling.v1.SchedulingV1Package#getPriorityClass_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metadata</em>' containment reference.
	 * @see #setMetadata(ObjectMeta)
	 * @see io.pilothouse.model.k8s.scheduling.v1.SchedulingV1Package#getPriorityClass_Metadata()
	 * @generated
	 */
	ObjectMeta getMetadata();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getMetadata <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metadata</em>' containment reference.
	 * @see #getMetadata()
	 * @generated
	 */
	void setMetadata(ObjectMeta value);

	/**
	 * Returns the value of the '<em><b>Preemption Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preemption Policy</em>' attribute.
	 * @see #setPreemptionPolicy(String)
	 * @see io.pilothouse.model.k8s.scheduling.v1.SchedulingV1Package#getPriorityClass_PreemptionPolicy()
	 * @generated
	 */
	String getPreemptionPolicy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getPreemptionPolicy <em>Preemption Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preemption Policy</em>' attribute.
	 * @see #getPreemptionPolicy()
	 * @generated
	 */
	void setPreemptionPolicy(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Integer)
	 * @see io.pilothouse.model.k8s.scheduling.v1.SchedulingV1Package#getPriorityClass_Value()
	 * @generated
	 */
	Integer getValue();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.scheduling.v1.PriorityClass#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Integer value);

} // PriorityClass
