/**
 */
package io.pilothouse.model.k8s.autoscaling.v2.impl;

import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package;
import io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricSource;
import io.pilothouse.model.k8s.autoscaling.v2.MetricTarget;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Container Resource Metric Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ContainerResourceMetricSourceImpl#getContainer <em>Container</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ContainerResourceMetricSourceImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.ContainerResourceMetricSourceImpl#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContainerResourceMetricSourceImpl extends MinimalEObjectImpl.Container implements ContainerResourceMetricSource {
	/**
	 * The default value of the '{@link #getContainer() <em>Container</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainer()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTAINER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContainer() <em>Container</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainer()
	 * @generated
	 * @ordered
	 */
	protected String container = CONTAINER_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected MetricTarget target;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContainerResourceMetricSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AutoscalingV2Package.Literals.CONTAINER_RESOURCE_METRIC_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContainer() {
		return container;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContainer(String newContainer) {
		String oldContainer = container;
		container = newContainer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE__CONTAINER, oldContainer, container));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricTarget getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTarget(MetricTarget newTarget, NotificationChain msgs) {
		MetricTarget oldTarget = target;
		target = newTarget;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE__TARGET, oldTarget, newTarget);
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
	public void setTarget(MetricTarget newTarget) {
		if (newTarget != target) {
			NotificationChain msgs = null;
			if (target != null)
				msgs = ((InternalEObject)target).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE__TARGET, null, msgs);
			if (newTarget != null)
				msgs = ((InternalEObject)newTarget).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE__TARGET, null, msgs);
			msgs = basicSetTarget(newTarget, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE__TARGET, newTarget, newTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE__TARGET:
				return basicSetTarget(null, msgs);
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
			case AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE__CONTAINER:
				return getContainer();
			case AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE__NAME:
				return getName();
			case AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE__TARGET:
				return getTarget();
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
			case AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE__CONTAINER:
				setContainer((String)newValue);
				return;
			case AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE__NAME:
				setName((String)newValue);
				return;
			case AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE__TARGET:
				setTarget((MetricTarget)newValue);
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
			case AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE__CONTAINER:
				setContainer(CONTAINER_EDEFAULT);
				return;
			case AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE__TARGET:
				setTarget((MetricTarget)null);
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
			case AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE__CONTAINER:
				return CONTAINER_EDEFAULT == null ? container != null : !CONTAINER_EDEFAULT.equals(container);
			case AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case AutoscalingV2Package.CONTAINER_RESOURCE_METRIC_SOURCE__TARGET:
				return target != null;
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
		result.append(" (container: ");
		result.append(container);
		result.append(", name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //ContainerResourceMetricSourceImpl
