/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Env Var</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EnvVar#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EnvVar#getValue <em>Value</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.EnvVar#getValueFrom <em>Value From</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEnvVar()
 * @generated
 */
public interface EnvVar extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEnvVar_Name()
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EnvVar#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEnvVar_Value()
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EnvVar#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Value From</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value From</em>' containment reference.
	 * @see #setValueFrom(EnvVarSource)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getEnvVar_ValueFrom()
	 * @generated
	 */
	EnvVarSource getValueFrom();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.EnvVar#getValueFrom <em>Value From</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value From</em>' containment reference.
	 * @see #getValueFrom()
	 * @generated
	 */
	void setValueFrom(EnvVarSource value);

} // EnvVar
