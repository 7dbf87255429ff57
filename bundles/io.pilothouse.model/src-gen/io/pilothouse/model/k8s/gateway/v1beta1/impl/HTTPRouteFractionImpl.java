/**
 */
package io.pilothouse.model.k8s.gateway.v1beta1.impl;

import io.pilothouse.model.k8s.gateway.v1beta1.GatewayV1beta1Package;
import io.pilothouse.model.k8s.gateway.v1beta1.HTTPRouteFraction;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>HTTP Route Fraction</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteFractionImpl#getDenominator <em>Denominator</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.gateway.v1beta1.impl.HTTPRouteFractionImpl#getNumerator <em>Numerator</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HTTPRouteFractionImpl extends MinimalEObjectImpl.Container implements HTTPRouteFraction {
	/**
	 * The default value of the '{@link #getDenominator() <em>Denominator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenominator()
	 * @generated
	 * @ordered
	 */
	protected static final Integer DENOMINATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDenominator() <em>Denominator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenominator()
	 * @generated
	 * @ordered
	 */
	protected Integer denominator = DENOMINATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumerator() <em>Numerator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumerator()
	 * @generated
	 * @ordered
	 */
	protected static final Integer NUMERATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumerator() <em>Numerator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumerator()
	 * @generated
	 * @ordered
	 */
	protected Integer numerator = NUMERATOR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HTTPRouteFractionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GatewayV1beta1Package.Literals.HTTP_ROUTE_FRACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getDenominator() {
		return denominator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDenominator(Integer newDenominator) {
		Integer oldDenominator = denominator;
		denominator = newDenominator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.HTTP_ROUTE_FRACTION__DENOMINATOR, oldDenominator, denominator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getNumerator() {
		return numerator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumerator(Integer newNumerator) {
		Integer oldNumerator = numerator;
		numerator = newNumerator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GatewayV1beta1Package.HTTP_ROUTE_FRACTION__NUMERATOR, oldNumerator, numerator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GatewayV1beta1Package.HTTP_ROUTE_FRACTION__DENOMINATOR:
				return getDenominator();
			case GatewayV1beta1Package.HTTP_ROUTE_FRACTION__NUMERATOR:
				return getNumerator();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GatewayV1beta1Package.HTTP_ROUTE_FRACTION__DENOMINATOR:
				setDenominator((Integer)newValue);
				return;
			case GatewayV1beta1Package.HTTP_ROUTE_FRACTION__NUMERATOR:
				setNumerator((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case GatewayV1beta1Package.HTTP_ROUTE_FRACTION__DENOMINATOR:
				setDenominator(DENOMINATOR_EDEFAULT);
				return;
			case GatewayV1beta1Package.HTTP_ROUTE_FRACTION__NUMERATOR:
				setNumerator(NUMERATOR_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GatewayV1beta1Package.HTTP_ROUTE_FRACTION__DENOMINATOR:
				return DENOMINATOR_EDEFAULT == null ? denominator != null : !DENOMINATOR_EDEFAULT.equals(denominator);
			case GatewayV1beta1Package.HTTP_ROUTE_FRACTION__NUMERATOR:
				return NUMERATOR_EDEFAULT == null ? numerator != null : !NUMERATOR_EDEFAULT.equals(numerator);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (denominator: ");
		result.append(denominator);
		result.append(", numerator: ");
		result.append(numerator);
		result.append(')');
		return result.toString();
	}

} //HTTPRouteFractionImpl
