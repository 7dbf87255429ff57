/**
 */
package io.pilothouse.model.k8s.autoscaling.v2.impl;

import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package;
import io.pilothouse.model.k8s.autoscaling.v2.MetricValueStatus;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Metric Value Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricValueStatusImpl#getAverageUtilization <em>Average Utilization</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricValueStatusImpl#getAverageValue <em>Average Value</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricValueStatusImpl#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MetricValueStatusImpl extends MinimalEObjectImpl.Container implements MetricValueStatus {
	/**
	 * The default value of the '{@link #getAverageUtilization() <em>Average Utilization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAverageUtilization()
	 * @generated
	 * @ordered
	 */
	protected static final Integer AVERAGE_UTILIZATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAverageUtilization() <em>Average Utilization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAverageUtilization()
	 * @generated
	 * @ordered
	 */
	protected Integer averageUtilization = AVERAGE_UTILIZATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAverageValue() <em>Average Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAverageValue()
	 * @generated
	 * @ordered
	 */
	protected static final Quantity AVERAGE_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAverageValue() <em>Average Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAverageValue()
	 * @generated
	 * @ordered
	 */
	protected Quantity averageValue = AVERAGE_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final Quantity VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected Quantity value = VALUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MetricValueStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AutoscalingV2Package.Literals.METRIC_VALUE_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getAverageUtilization() {
		return averageUtilization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAverageUtilization(Integer newAverageUtilization) {
		Integer oldAverageUtilization = averageUtilization;
		averageUtilization = newAverageUtilization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.METRIC_VALUE_STATUS__AVERAGE_UTILIZATION, oldAverageUtilization, averageUtilization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getAverageValue() {
		return averageValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAverageValue(Quantity newAverageValue) {
		Quantity oldAverageValue = averageValue;
		averageValue = newAverageValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.METRIC_VALUE_STATUS__AVERAGE_VALUE, oldAverageValue, averageValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quantity getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(Quantity newValue) {
		Quantity oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.METRIC_VALUE_STATUS__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AutoscalingV2Package.METRIC_VALUE_STATUS__AVERAGE_UTILIZATION:
				return getAverageUtilization();
			case AutoscalingV2Package.METRIC_VALUE_STATUS__AVERAGE_VALUE:
				return getAverageValue();
			case AutoscalingV2Package.METRIC_VALUE_STATUS__VALUE:
				return getValue();
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
			case AutoscalingV2Package.METRIC_VALUE_STATUS__AVERAGE_UTILIZATION:
				setAverageUtilization((Integer)newValue);
				return;
			case AutoscalingV2Package.METRIC_VALUE_STATUS__AVERAGE_VALUE:
				setAverageValue((Quantity)newValue);
				return;
			case AutoscalingV2Package.METRIC_VALUE_STATUS__VALUE:
				setValue((Quantity)newValue);
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
			case AutoscalingV2Package.METRIC_VALUE_STATUS__AVERAGE_UTILIZATION:
				setAverageUtilization(AVERAGE_UTILIZATION_EDEFAULT);
				return;
			case AutoscalingV2Package.METRIC_VALUE_STATUS__AVERAGE_VALUE:
				setAverageValue(AVERAGE_VALUE_EDEFAULT);
				return;
			case AutoscalingV2Package.METRIC_VALUE_STATUS__VALUE:
				setValue(VALUE_EDEFAULT);
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
			case AutoscalingV2Package.METRIC_VALUE_STATUS__AVERAGE_UTILIZATION:
				return AVERAGE_UTILIZATION_EDEFAULT == null ? averageUtilization != null : !AVERAGE_UTILIZATION_EDEFAULT.equals(averageUtilization);
			case AutoscalingV2Package.METRIC_VALUE_STATUS__AVERAGE_VALUE:
				return AVERAGE_VALUE_EDEFAULT == null ? averageValue != null : !AVERAGE_VALUE_EDEFAULT.equals(averageValue);
			case AutoscalingV2Package.METRIC_VALUE_STATUS__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
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
		result.append(" (averageUtilization: ");
		result.append(averageUtilization);
		result.append(", averageValue: ");
		result.append(averageValue);
		result.append(", value: ");
		result.append(value);
		result.append(')');
		return result.toString();
	}

} //MetricValueStatusImpl
