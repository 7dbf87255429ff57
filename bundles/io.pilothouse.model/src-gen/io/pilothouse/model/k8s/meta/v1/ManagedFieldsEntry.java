/**
 */
package io.pilothouse.model.k8s.meta.v1;

import com.fasterxml.jackson.databind.JsonNode;

import io.pilothouse.model.types.Time;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Managed Fields Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getFieldsType <em>Fields Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getFieldsV1 <em>Fields V1</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getManager <em>Manager</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getOperation <em>Operation</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getSubresource <em>Subresource</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getTime <em>Time</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getManagedFieldsEntry()
 * @generated
 */
public interface ManagedFieldsEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Version</em>' attribute.
	 * @see #setApiVersion(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getManagedFieldsEntry_ApiVersion()
	 * @generated
	 */
	String getApiVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getApiVersion <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Version</em>' attribute.
	 * @see #getApiVersion()
	 * @generated
	 */
	void setApiVersion(String value);

	/**
	 * Returns the value of the '<em><b>Fields Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fields Type</em>' attribute.
	 * @see #setFieldsType(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getManagedFieldsEntry_FieldsType()
	 * @generated
	 */
	String getFieldsType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getFieldsType <em>Fields Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fields Type</em>' attribute.
	 * @see #getFieldsType()
	 * @generated
	 */
	void setFieldsType(String value);

	/**
	 * Returns the value of the '<em><b>Fields V1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fields V1</em>' attribute.
	 * @see #setFieldsV1(JsonNode)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getManagedFieldsEntry_FieldsV1()
	 * @generated
	 */
	JsonNode getFieldsV1();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getFieldsV1 <em>Fields V1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fields V1</em>' attribute.
	 * @see #getFieldsV1()
	 * @generated
	 */
	void setFieldsV1(JsonNode value);

	/**
	 * Returns the value of the '<em><b>Manager</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manager</em>' attribute.
	 * @see #setManager(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getManagedFieldsEntry_Manager()
	 * @generated
	 */
	String getManager();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getManager <em>Manager</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manager</em>' attribute.
	 * @see #getManager()
	 * @generated
	 */
	void setManager(String value);

	/**
	 * Returns the value of the '<em><b>Operation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operation</em>' attribute.
	 * @see #setOperation(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getManagedFieldsEntry_Operation()
	 * @generated
	 */
	String getOperation();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getOperation <em>Operation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operation</em>' attribute.
	 * @see #getOperation()
	 * @generated
	 */
	void setOperation(String value);

	/**
	 * Returns the value of the '<em><b>Subresource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subresource</em>' attribute.
	 * @see #setSubresource(String)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getManagedFieldsEntry_Subresource()
	 * @generated
	 */
	String getSubresource();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getSubresource <em>Subresource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subresource</em>' attribute.
	 * @see #getSubresource()
	 * @generated
	 */
	void setSubresource(String value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(Time)
	 * @see io.pilothouse.model.k8s.meta.v1.MetaV1Package#getManagedFieldsEntry_Time()
	 * @generated
	 */
	Time getTime();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.meta.v1.ManagedFieldsEntry#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(Time value);

} // ManagedFieldsEntry
