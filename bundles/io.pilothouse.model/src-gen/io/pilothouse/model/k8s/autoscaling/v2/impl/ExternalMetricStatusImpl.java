/**
 */
package io.pilothouse.model.k8s.autoscaling.v2.impl;

import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package;
import io.pilothouse.model.k8s.autoscaling.v2.ExternalMetricStatus;
import io.pilothouse.model.k8s.autoscaling.v2.MetricIdentifier;
import io.pilothouse.model.k8s.autoscaling.v2.MetricValueStatus;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>External Metric Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ExternalMetricStatusImpl#getCurrent <em>Current</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ExternalMetricStatusImpl#getMetric <em>Metric</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExternalMetricStatusImpl extends MinimalEObjectImpl.Container implements ExternalMetricStatus {
	/**
	 * The cached value of the '{@link #getCurrent() <em>Current</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrent()
	 * @generated
	 * @ordered
	 */
	protected MetricValueStatus current;

	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected MetricIdentifier metric;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExternalMetricStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AutoscalingV2Package.Literals.EXTERNAL_METRIC_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricValueStatus getCurrent() {
		return current;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCurrent(MetricValueStatus newCurrent, NotificationChain msgs) {
		MetricValueStatus oldCurrent = current;
		current = newCurrent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.EXTERNAL_METRIC_STATUS__CURRENT, oldCurrent, newCurrent);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrent(MetricValueStatus newCurrent) {
		if (newCurrent != current) {
			NotificationChain msgs = null;
			if (current != null)
				msgs = ((InternalEObject)current).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.EXTERNAL_METRIC_STATUS__CURRENT, null, msgs);
			if (newCurrent != null)
				msgs = ((InternalEObject)newCurrent).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.EXTERNAL_METRIC_STATUS__CURRENT, null, msgs);
			msgs = basicSetCurrent(newCurrent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.EXTERNAL_METRIC_STATUS__CURRENT, newCurrent, newCurrent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricIdentifier getMetric() {
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMetric(MetricIdentifier newMetric, NotificationChain msgs) {
		MetricIdentifier oldMetric = metric;
		metric = newMetric;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.EXTERNAL_METRIC_STATUS__METRIC, oldMetric, newMetric);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetric(MetricIdentifier newMetric) {
		if (newMetric != metric) {
			NotificationChain msgs = null;
			if (metric != null)
				msgs = ((InternalEObject)metric).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.EXTERNAL_METRIC_STATUS__METRIC, null, msgs);
			if (newMetric != null)
				msgs = ((InternalEObject)newMetric).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.EXTERNAL_METRIC_STATUS__METRIC, null, msgs);
			msgs = basicSetMetric(newMetric, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.EXTERNAL_METRIC_STATUS__METRIC, newMetric, newMetric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AutoscalingV2Package.EXTERNAL_METRIC_STATUS__CURRENT:
				return basicSetCurrent(null, msgs);
			case AutoscalingV2Package.EXTERNAL_METRIC_STATUS__METRIC:
				return basicSetMetric(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AutoscalingV2Package.EXTERNAL_METRIC_STATUS__CURRENT:
				return getCurrent();
			case AutoscalingV2Package.EXTERNAL_METRIC_STATUS__METRIC:
				return getMetric();
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
			case AutoscalingV2Package.EXTERNAL_METRIC_STATUS__CURRENT:
				setCurrent((MetricValueStatus)newValue);
				return;
			case AutoscalingV2Package.EXTERNAL_METRIC_STATUS__METRIC:
				setMetric((MetricIdentifier)newValue);
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
			case AutoscalingV2Package.EXTERNAL_METRIC_STATUS__CURRENT:
				setCurrent((MetricValueStatus)null);
				return;
			case AutoscalingV2Package.EXTERNAL_METRIC_STATUS__METRIC:
				setMetric((MetricIdentifier)null);
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
			case AutoscalingV2Package.EXTERNAL_METRIC_STATUS__CURRENT:
				return current != null;
			case AutoscalingV2Package.EXTERNAL_METRIC_STATUS__METRIC:
				return metric != null;
		}
		return super.eIsSet(featureID);
	}

} //ExternalMetricStatusImpl
