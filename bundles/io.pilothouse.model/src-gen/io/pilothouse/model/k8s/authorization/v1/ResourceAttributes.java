/**
 */
package io.pilothouse.model.k8s.authorization.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Attributes</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getFieldSelector <em>Field Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getGroup <em>Group</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getLabelSelector <em>Label Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getNamespace <em>Namespace</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getResource <em>Resource</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getSubresource <em>Subresource</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getVerb <em>Verb</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getResourceAttributes()
 * @generated
 */
public interface ResourceAttributes extends EObject {
	/**
	 * Returns the value of the '<em><b>Field Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field Selector</em>' containment reference.
	 * @see #setFieldSelector(FieldSelectorAttributes)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getResourceAttributes_FieldSelector()
	 * @generated
	 */
	FieldSelectorAttributes getFieldSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getFieldSelector <em>Field Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Selector</em>' containment reference.
	 * @see #getFieldSelector()
	 * @generated
	 */
	void setFieldSelector(FieldSelectorAttributes value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getResourceAttributes_Group()
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(String value);

	/**
	 * Returns the value of the '<em><b>Label Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Selector</em>' containment reference.
	 * @see #setLabelSelector(LabelSelectorAttributes)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getResourceAttributes_LabelSelector()
	 * @generated
	 */
	LabelSelectorAttributes getLabelSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getLabelSelector <em>Label Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Selector</em>' containment reference.
	 * @see #getLabelSelector()
	 * @generated
	 */
	void setLabelSelector(LabelSelectorAttributes value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getResourceAttributes_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getName <em>Name</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getResourceAttributes_Namespace()
	 * @generated
	 */
	String getNamespace();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getNamespace <em>Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namespace</em>' attribute.
	 * @see #getNamespace()
	 * @generated
	 */
	void setNamespace(String value);

	/**
	 * Returns the value of the '<em><b>Resource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource</em>' attribute.
	 * @see #setResource(String)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getResourceAttributes_Resource()
	 * @generated
	 */
	String getResource();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getResource <em>Resource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource</em>' attribute.
	 * @see #getResource()
	 * @generated
	 */
	void setResource(String value);

	/**
	 * Returns the value of the '<em><b>Subresource</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subresource</em>' attribute.
	 * @see #setSubresource(String)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getResourceAttributes_Subresource()
	 * @generated
	 */
	String getSubresource();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getSubresource <em>Subresource</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subresource</em>' attribute.
	 * @see #getSubresource()
	 * @generated
	 */
	void setSubresource(String value);

	/**
	 * Returns the value of the '<em><b>Verb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verb</em>' attribute.
	 * @see #setVerb(String)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getResourceAttributes_Verb()
	 * @generated
	 */
	String getVerb();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getVerb <em>Verb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verb</em>' attribute.
	 * @see #getVerb()
	 * @generated
	 */
	void setVerb(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see io.pilothouse.model.k8s.authorization.v1.AuthorizationV1Package#getResourceAttributes_Version()
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.authorization.v1.ResourceAttributes#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

} // ResourceAttributes
