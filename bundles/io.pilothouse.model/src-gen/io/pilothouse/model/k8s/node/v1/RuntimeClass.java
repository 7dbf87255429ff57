/**
 */
package io.pilothouse.model.k8s.node.v1;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Runtime Class</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.node.v1.RuntimeClass#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.node.v1.RuntimeClass#getHandler <em>Handler</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.node.v1.RuntimeClass#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.node.v1.RuntimeClass#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.node.v1.RuntimeClass#getOverhead <em>Overhead</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.node.v1.RuntimeClass#getScheduling <em>Scheduling</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.node.v1.NodeV1Package#getRuntimeClass()
 * @generated
 */
public interface RuntimeClass extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Version</em>' attribute.
	 * @see #setApiVersion(String)
	 * @see io.pilothouse.model.k8s.node.v1.NodeV1Package#getRuntimeClass_ApiVersion()
	 * @generated
	 */
	String getApiVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.node.v1.RuntimeClass#getApiVersion <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Version</em>' attribute.
	 * @see #getApiVersion()
	 * @generated
	 */
	void setApiVersion(String value);

	/**
	 * Returns the value of the '<em><b>Handler</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handler</em>' attribute.
	 * @see #setHandler(String)
	 * @see io.pilothouse.model.k8s.node.v1.NodeV1Package#getRuntimeClass_Handler()
	 * @generated
	 */
	String getHandler();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.node.v1.RuntimeClass#getHandler <em>Handler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handler</em>' attribute.
	 * @see #getHandler()
	 * @generated
	 */
	void setHandler(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.node.v1.NodeV1Package#getRuntimeClass_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.node.v1.RuntimeClass#getKind <em>Kind</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.node.v1.NodeV1Package#getRuntimeClass_Metadata()
	 * @generated
	 */
	ObjectMeta getMetadata();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.node.v1.RuntimeClass#getMetadata <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metadata</em>' containment reference.
	 * @see #getMetadata()
	 * @generated
	 */
	void setMetadata(ObjectMeta value);

	/**
	 * Returns the value of the '<em><b>Overhead</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overhead</em>' containment reference.
	 * @see #setOverhead(Overhead)
	 * @see io.pilothouse.model.k8s.node.v1.NodeV1Package#getRuntimeClass_Overhead()
	 * @generated
	 */
	Overhead getOverhead();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.node.v1.RuntimeClass#getOverhead <em>Overhead</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overhead</em>' containment reference.
	 * @see #getOverhead()
	 * @generated
	 */
	void setOverhead(Overhead value);

	/**
	 * Returns the value of the '<em><b>Scheduling</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scheduling</em>' containment reference.
	 * @see #setScheduling(Scheduling)
	 * @see io.pilothouse.model.k8s.node.v1.NodeV1Package#getRuntimeClass_Scheduling()
	 * @generated
	 */
	Scheduling getScheduling();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.node.v1.RuntimeClass#getScheduling <em>Scheduling</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduling</em>' containment reference.
	 * @see #getScheduling()
	 * @generated
	 */
	void setScheduling(Scheduling value);

} // RuntimeClass
