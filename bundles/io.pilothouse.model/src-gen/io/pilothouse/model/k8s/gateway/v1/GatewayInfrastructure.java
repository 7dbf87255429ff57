/**
 */
package io.pilothouse.model.k8s.gateway.v1;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gateway Infrastructure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewayInfrastructure#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewayInfrastructure#getLabels <em>Labels</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1.GatewayInfrastructure#getParametersRef <em>Parameters Ref</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewayInfrastructure()
 * @generated
 */
public interface GatewayInfrastructure extends EObject {
	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotations</em>' map.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewayInfrastructure_Annotations()
	 * @generated
	 */
	EMap<String, String> getAnnotations();

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' map.
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewayInfrastructure_Labels()
	 * @generated
	 */
	EMap<String, String> getLabels();

	/**
	 * Returns the value of the '<em><b>Parameters Ref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters Ref</em>' containment reference.
	 * @see #setParametersRef(GatewayParametersRef)
	 * @see io.pilothouse.model.k8s.gateway.v1.GatewayV1Package#getGatewayInfrastructure_ParametersRef()
	 * @generated
	 */
	GatewayParametersRef getParametersRef();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1.GatewayInfrastructure#getParametersRef <em>Parameters Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameters Ref</em>' containment reference.
	 * @see #getParametersRef()
	 * @generated
	 */
	void setParametersRef(GatewayParametersRef value);

} // GatewayInfrastructure
