/**
 */
package io.pilothouse.model.k8s.networking.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ingress Class Parameters Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getApiGroup <em>Api Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getNamespace <em>Namespace</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getScope <em>Scope</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressClassParametersReference()
 * @generated
 */
public interface IngressClassParametersReference extends EObject {
	/**
	 * Returns the value of the '<em><b>Api Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Api Group</em>' attribute.
	 * @see #setApiGroup(String)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressClassParametersReference_ApiGroup()
	 * @generated
	 */
	String getApiGroup();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getApiGroup <em>Api Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Group</em>' attribute.
	 * @see #getApiGroup()
	 * @generated
	 */
	void setApiGroup(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressClassParametersReference_Kind()
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getKind <em>Kind</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressClassParametersReference_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getName <em>Name</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressClassParametersReference_Namespace()
	 * @generated
	 */
	String getNamespace();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getNamespace <em>Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namespace</em>' attribute.
	 * @see #getNamespace()
	 * @generated
	 */
	void setNamespace(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see io.pilothouse.model.k8s.networking.v1.NetworkingV1Package#getIngressClassParametersReference_Scope()
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.networking.v1.IngressClassParametersReference#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

} // IngressClassParametersReference
