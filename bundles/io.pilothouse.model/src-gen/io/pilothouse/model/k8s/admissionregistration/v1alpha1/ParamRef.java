/**
 */
package io.pilothouse.model.k8s.admissionregistration.v1alpha1;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Param Ref</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.ParamRef#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.ParamRef#getNamespace <em>Namespace</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.ParamRef#getParameterNotFoundAction <em>Parameter Not Found Action</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.ParamRef#getSelector <em>Selector</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getParamRef()
 * @generated
 */
public interface ParamRef extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getParamRef_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.ParamRef#getName <em>Name</em>}' attribute.
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
	 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getParamRef_Namespace()
	 * @generated
	 */
	String getNamespace();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.ParamRef#getNamespace <em>Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namespace</em>' attribute.
	 * @see #getNamespace()
	 * @generated
	 */
	void setNamespace(String value);

	/**
	 * Returns the value of the '<em><b>Parameter Not Found Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameter Not Found Action</em>' attribute.
	 * @see #setParameterNotFoundAction(String)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getParamRef_ParameterNotFoundAction()
	 * @generated
	 */
	String getParameterNotFoundAction();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.ParamRef#getParameterNotFoundAction <em>Parameter Not Found Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter Not Found Action</em>' attribute.
	 * @see #getParameterNotFoundAction()
	 * @generated
	 */
	void setParameterNotFoundAction(String value);

	/**
	 * Returns the value of the '<em><b>Selector</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Selector</em>' containment reference.
	 * @see #setSelector(LabelSelector)
	 * @see io.pilothouse.model.k8s.admissionregistration.v1alpha1.AdmissionregistrationV1alpha1Package#getParamRef_Selector()
	 * @generated
	 */
	LabelSelector getSelector();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.admissionregistration.v1alpha1.ParamRef#getSelector <em>Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Selector</em>' containment reference.
	 * @see #getSelector()
	 * @generated
	 */
	void setSelector(LabelSelector value);

} // ParamRef
