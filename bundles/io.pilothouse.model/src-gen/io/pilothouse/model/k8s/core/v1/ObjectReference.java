/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Object Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ObjectReference#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ObjectReference#getFieldPath <em>Field Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ObjectReference#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ObjectReference#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ObjectReference#getNamespace <em>Namespace</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ObjectReference#getResourceVersion <em>Resource Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.ObjectReference#getUid <em>Uid</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getObjectReference()
 * @generated
 */
public interface ObjectReference extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Version</em>' attribute.
	 * @see #setApiVersion(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getObjectReference_ApiVersion()
	 * @generated
	 */
	String getApiVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ObjectReference#getApiVersion <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Version</em>' attribute.
	 * @see #getApiVersion()
	 * @generated
	 */
	void setApiVersion(String value);

	/**
	 * Returns the value of the '<em><b>Field Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field Path</em>' attribute.
	 * @see #setFieldPath(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getObjectReference_FieldPath()
	 * @generated
	 */
	String getFieldPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ObjectReference#getFieldPath <em>Field Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Path</em>' attribute.
	 * @see #getFieldPath()
	 * @generated
	 */
	void setFieldPath(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getObjectReference_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ObjectReference#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getObjectReference_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ObjectReference#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namespace</em>' attribute.
	 * @see #setNamespace(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getObjectReference_Namespace()
	 * @generated
	 */
	String getNamespace();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ObjectReference#getNamespace <em>Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namespace</em>' attribute.
	 * @see #getNamespace()
	 * @generated
	 */
	void setNamespace(String value);

	/**
	 * Returns the value of the '<em><b>Resource Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource Version</em>' attribute.
	 * @see #setResourceVersion(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getObjectReference_ResourceVersion()
	 * @generated
	 */
	String getResourceVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ObjectReference#getResourceVersion <em>Resource Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Version</em>' attribute.
	 * @see #getResourceVersion()
	 * @generated
	 */
	void setResourceVersion(String value);

	/**
	 * Returns the value of the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uid</em>' attribute.
	 * @see #setUid(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getObjectReference_Uid()
	 * @generated
	 */
	String getUid();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.ObjectReference#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #getUid()
	 * @generated
	 */
	void setUid(String value);

} // ObjectReference
