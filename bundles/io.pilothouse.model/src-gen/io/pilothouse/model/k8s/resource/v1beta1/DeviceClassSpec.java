/**
 */
package io.pilothouse.model.k8s.resource.v1beta1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Class Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClassSpec#getConfig <em>Config</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClassSpec#getExtendedResourceName <em>Extended Resource Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClassSpec#getSelectors <em>Selectors</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceClassSpec()
 * @generated
 */
public interface DeviceClassSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Config</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClassConfiguration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Config</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceClassSpec_Config()
	 * @generated
	 */
	EList<DeviceClassConfiguration> getConfig();

	/**
	 * Returns the value of the '<em><b>Extended Resource Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extended Resource Name</em>' attribute.
	 * @see #setExtendedResourceName(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceClassSpec_ExtendedResourceName()
	 * @generated
	 */
	String getExtendedResourceName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceClassSpec#getExtendedResourceName <em>Extended Resource Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extended Resource Name</em>' attribute.
	 * @see #getExtendedResourceName()
	 * @generated
	 */
	void setExtendedResourceName(String value);

	/**
	 * Returns the value of the '<em><b>Selectors</b></em>' containment reference list.
	 * The list contents are of type {@link io.pilothouse.model.k8s.resource.v1beta1.DeviceSelector}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selectors</em>' containment reference list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceClassSpec_Selectors()
	 * @generated
	 */
	EList<DeviceSelector> getSelectors();

} // DeviceClassSpec
