/**
 */
package io.pilothouse.model.k8s.resource.v1beta1;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device Attribute</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getBool <em>Bool</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getBools <em>Bools</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getInt <em>Int</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getInts <em>Ints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getString <em>String</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getStrings <em>Strings</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getVersion <em>Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getVersions <em>Versions</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceAttribute()
 * @generated
 */
public interface DeviceAttribute extends EObject {
	/**
	 * Returns the value of the '<em><b>Bool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bool</em>' attribute.
	 * @see #setBool(Boolean)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceAttribute_Bool()
	 * @generated
	 */
	Boolean getBool();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getBool <em>Bool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bool</em>' attribute.
	 * @see #getBool()
	 * @generated
	 */
	void setBool(Boolean value);

	/**
	 * Returns the value of the '<em><b>Bools</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Boolean}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bools</em>' attribute list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceAttribute_Bools()
	 * @generated
	 */
	EList<Boolean> getBools();

	/**
	 * Returns the value of the '<em><b>Int</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Int</em>' attribute.
	 * @see #setInt(Long)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceAttribute_Int()
	 * @generated
	 */
	Long getInt();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getInt <em>Int</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Int</em>' attribute.
	 * @see #getInt()
	 * @generated
	 */
	void setInt(Long value);

	/**
	 * Returns the value of the '<em><b>Ints</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Long}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ints</em>' attribute list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceAttribute_Ints()
	 * @generated
	 */
	EList<Long> getInts();

	/**
	 * Returns the value of the '<em><b>String</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>String</em>' attribute.
	 * @see #setString(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceAttribute_String()
	 * @generated
	 */
	String getString();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getString <em>String</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>String</em>' attribute.
	 * @see #getString()
	 * @generated
	 */
	void setString(String value);

	/**
	 * Returns the value of the '<em><b>Strings</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strings</em>' attribute list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceAttribute_Strings()
	 * @generated
	 */
	EList<String> getStrings();

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceAttribute_Version()
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.resource.v1beta1.DeviceAttribute#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Versions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Versions</em>' attribute list.
	 * @see io.pilothouse.model.k8s.resource.v1beta1.ResourceV1beta1Package#getDeviceAttribute_Versions()
	 * @generated
	 */
	EList<String> getVersions();

} // DeviceAttribute
