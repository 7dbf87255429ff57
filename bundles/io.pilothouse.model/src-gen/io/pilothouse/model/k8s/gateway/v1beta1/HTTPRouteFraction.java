/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>HTTP Route Fraction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFraction#getDenominator <em>Denominator</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFraction#getNumerator <em>Numerator</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteFraction()
 * @generated
 */
public interface HTTPRouteFraction extends EObject {
	/**
	 * Returns the value of the '<em><b>Denominator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Denominator</em>' attribute.
	 * @see #setDenominator(Integer)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteFraction_Denominator()
	 * @generated
	 */
	Integer getDenominator();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFraction#getDenominator <em>Denominator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Denominator</em>' attribute.
	 * @see #getDenominator()
	 * @generated
	 */
	void setDenominator(Integer value);

	/**
	 * Returns the value of the '<em><b>Numerator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Numerator</em>' attribute.
	 * @see #setNumerator(Integer)
	 * @see io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package#getHTTPRouteFraction_Numerator()
	 * @generated
	 */
	Integer getNumerator();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFraction#getNumerator <em>Numerator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Numerator</em>' attribute.
	 * @see #getNumerator()
	 * @generated
	 */
	void setNumerator(Integer value);

} // HTTPRouteFraction
