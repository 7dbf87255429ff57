/**
 */
package io.pilothouse.model.k8s.apiextensions.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Custom Resource Validation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceValidation#getOpenAPIV3Schema <em>Open APIV3 Schema</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceValidation()
 * @generated
 */
public interface CustomResourceValidation extends EObject {
	/**
	 * Returns the value of the '<em><b>Open APIV3 Schema</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Open APIV3 Schema</em>' containment reference.
	 * @see #setOpenAPIV3Schema(JSONSchemaProps)
	 * @see io.pilothouse.model.k8s.apiextensions.v1.ApiextensionsV1Package#getCustomResourceValidation_OpenAPIV3Schema()
	 * @generated
	 */
	JSONSchemaProps getOpenAPIV3Schema();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.apiextensions.v1.CustomResourceValidation#getOpenAPIV3Schema <em>Open APIV3 Schema</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Open APIV3 Schema</em>' containment reference.
	 * @see #getOpenAPIV3Schema()
	 * @generated
	 */
	void setOpenAPIV3Schema(JSONSchemaProps value);

} // CustomResourceValidation
