/**
 */
package io.pilothouse.model.k8s.networking.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>HTTP Ingress Path</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.HTTPIngressPath#getBackend <em>Backend</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.HTTPIngressPath#getPath <em>Path</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.HTTPIngressPath#getPathType <em>Path Type</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getHTTPIngressPath()
 * @generated
 */
public interface HTTPIngressPath extends EObject {
	/**
	 * Returns the value of the '<em><b>Backend</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backend</em>' containment reference.
	 * @see #setBackend(IngressBackend)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getHTTPIngressPath_Backend()
	 * @generated
	 */
	IngressBackend getBackend();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.HTTPIngressPath#getBackend <em>Backend</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend</em>' containment reference.
	 * @see #getBackend()
	 * @generated
	 */
	void setBackend(IngressBackend value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getHTTPIngressPath_Path()
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.HTTPIngressPath#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Path Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path Type</em>' attribute.
	 * @see #setPathType(String)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getHTTPIngressPath_PathType()
	 * @generated
	 */
	String getPathType();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.HTTPIngressPath#getPathType <em>Path Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path Type</em>' attribute.
	 * @see #getPathType()
	 * @generated
	 */
	void setPathType(String value);

} // HTTPIngressPath
