/**
 */
package io.pilothouse.model.k8s.autoscaling.v2.impl;

import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package;
import io.pilothouse.model.k8s.autoscaling.v2.MetricTarget;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Metric Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricTargetImpl#getAverageUtilization <em>Average Utilization</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricTargetImpl#getAverageValue <em>Average Value</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricTargetImpl#getType <em>Type</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricTargetImpl#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MetricTargetImpl extends MinimalEObjectImpl.Container implements MetricTarget {
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
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

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
	protected MetricTargetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AutoscalingV2Package.Literals.METRIC_TARGET;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.METRIC_TARGET__AVERAGE_UTILIZATION, oldAverageUtilization, averageUtilization));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.METRIC_TARGET__AVERAGE_VALUE, oldAverageValue, averageValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType) {
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.METRIC_TARGET__TYPE, oldType, type));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.METRIC_TARGET__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AutoscalingV2Package.METRIC_TARGET__AVERAGE_UTILIZATION:
				return getAverageUtilization();
			case AutoscalingV2Package.METRIC_TARGET__AVERAGE_VALUE:
				return getAverageValue();
			case AutoscalingV2Package.METRIC_TARGET__TYPE:
				return getType();
			case AutoscalingV2Package.METRIC_TARGET__VALUE:
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
			case AutoscalingV2Package.METRIC_TARGET__AVERAGE_UTILIZATION:
				setAverageUtilization((Integer)newValue);
				return;
			case AutoscalingV2Package.METRIC_TARGET__AVERAGE_VALUE:
				setAverageValue((Quantity)newValue);
				return;
			case AutoscalingV2Package.METRIC_TARGET__TYPE:
				setType((String)newValue);
				return;
			case AutoscalingV2Package.METRIC_TARGET__VALUE:
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
			case AutoscalingV2Package.METRIC_TARGET__AVERAGE_UTILIZATION:
				setAverageUtilization(AVERAGE_UTILIZATION_EDEFAULT);
				return;
			case AutoscalingV2Package.METRIC_TARGET__AVERAGE_VALUE:
				setAverageValue(AVERAGE_VALUE_EDEFAULT);
				return;
			case AutoscalingV2Package.METRIC_TARGET__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case AutoscalingV2Package.METRIC_TARGET__VALUE:
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
			case AutoscalingV2Package.METRIC_TARGET__AVERAGE_UTILIZATION:
				return AVERAGE_UTILIZATION_EDEFAULT == null ? averageUtilization != null : !AVERAGE_UTILIZATION_EDEFAULT.equals(averageUtilization);
			case AutoscalingV2Package.METRIC_TARGET__AVERAGE_VALUE:
				return AVERAGE_VALUE_EDEFAULT == null ? averageValue != null : !AVERAGE_VALUE_EDEFAULT.equals(averageValue);
			case AutoscalingV2Package.METRIC_TARGET__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
			case AutoscalingV2Package.METRIC_TARGET__VALUE:
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
		result.append(", type: ");
		result.append(type);
		result.append(", value: ");
		result.append(value);
		result.append(')');
		return result.toString();
	}

} //MetricTargetImpl
