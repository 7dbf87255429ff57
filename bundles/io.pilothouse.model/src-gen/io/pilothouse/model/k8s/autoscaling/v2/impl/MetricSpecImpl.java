/**
 */
package io.pilothouse.model.k8s.autoscaling.v2.impl;

import io.pilothouse.model.k8s.autoscaling.v2.AutoscalingV2Package;
import io.pilothouse.model.k8s.autoscaling.v2.ContainerResourceMetricSource;
import io.pilothouse.model.k8s.autoscaling.v2.ExternalMetricSource;
import io.pilothouse.model.k8s.autoscaling.v2.MetricSpec;
import io.pilothouse.model.k8s.autoscaling.v2.ObjectMetricSource;
import io.pilothouse.model.k8s.autoscaling.v2.PodsMetricSource;
import io.pilothouse.model.k8s.autoscaling.v2.ResourceMetricSource;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Metric Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricSpecImpl#getContainerResource <em>Container Resource</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricSpecImpl#getExternal <em>External</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricSpecImpl#getObject <em>Object</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricSpecImpl#getPods <em>Pods</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricSpecImpl#getResource <em>Resource</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.autoscaling.v2.impl.MetricSpecImpl#getType <em>Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MetricSpecImpl extends MinimalEObjectImpl.Container implements MetricSpec {
	/**
	 * The cached value of the '{@link #getContainerResource() <em>Container Resource</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerResource()
	 * @generated
	 * @ordered
	 */
	protected ContainerResourceMetricSource containerResource;

	/**
	 * The cached value of the '{@link #getExternal() <em>External</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternal()
	 * @generated
	 * @ordered
	 */
	protected ExternalMetricSource external;

	/**
	 * The cached value of the '{@link #getObject() <em>Object</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObject()
	 * @generated
	 * @ordered
	 */
	protected ObjectMetricSource object;

	/**
	 * The cached value of the '{@link #getPods() <em>Pods</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPods()
	 * @generated
	 * @ordered
	 */
	protected PodsMetricSource pods;

	/**
	 * The cached value of the '{@link #getResource() <em>Resource</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResource()
	 * @generated
	 * @ordered
	 */
	protected ResourceMetricSource resource;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MetricSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AutoscalingV2Package.Literals.METRIC_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerResourceMetricSource getContainerResource() {
		return containerResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetContainerResource(ContainerResourceMetricSource newContainerResource, NotificationChain msgs) {
		ContainerResourceMetricSource oldContainerResource = containerResource;
		containerResource = newContainerResource;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.METRIC_SPEC__CONTAINER_RESOURCE, oldContainerResource, newContainerResource);
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
	public void setContainerResource(ContainerResourceMetricSource newContainerResource) {
		if (newContainerResource != containerResource) {
			NotificationChain msgs = null;
			if (containerResource != null)
				msgs = ((InternalEObject)containerResource).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.METRIC_SPEC__CONTAINER_RESOURCE, null, msgs);
			if (newContainerResource != null)
				msgs = ((InternalEObject)newContainerResource).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.METRIC_SPEC__CONTAINER_RESOURCE, null, msgs);
			msgs = basicSetContainerResource(newContainerResource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.METRIC_SPEC__CONTAINER_RESOURCE, newContainerResource, newContainerResource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExternalMetricSource getExternal() {
		return external;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetExternal(ExternalMetricSource newExternal, NotificationChain msgs) {
		ExternalMetricSource oldExternal = external;
		external = newExternal;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.METRIC_SPEC__EXTERNAL, oldExternal, newExternal);
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
	public void setExternal(ExternalMetricSource newExternal) {
		if (newExternal != external) {
			NotificationChain msgs = null;
			if (external != null)
				msgs = ((InternalEObject)external).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.METRIC_SPEC__EXTERNAL, null, msgs);
			if (newExternal != null)
				msgs = ((InternalEObject)newExternal).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.METRIC_SPEC__EXTERNAL, null, msgs);
			msgs = basicSetExternal(newExternal, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.METRIC_SPEC__EXTERNAL, newExternal, newExternal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectMetricSource getObject() {
		return object;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetObject(ObjectMetricSource newObject, NotificationChain msgs) {
		ObjectMetricSource oldObject = object;
		object = newObject;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.METRIC_SPEC__OBJECT, oldObject, newObject);
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
	public void setObject(ObjectMetricSource newObject) {
		if (newObject != object) {
			NotificationChain msgs = null;
			if (object != null)
				msgs = ((InternalEObject)object).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.METRIC_SPEC__OBJECT, null, msgs);
			if (newObject != null)
				msgs = ((InternalEObject)newObject).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.METRIC_SPEC__OBJECT, null, msgs);
			msgs = basicSetObject(newObject, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.METRIC_SPEC__OBJECT, newObject, newObject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodsMetricSource getPods() {
		return pods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPods(PodsMetricSource newPods, NotificationChain msgs) {
		PodsMetricSource oldPods = pods;
		pods = newPods;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.METRIC_SPEC__PODS, oldPods, newPods);
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
	public void setPods(PodsMetricSource newPods) {
		if (newPods != pods) {
			NotificationChain msgs = null;
			if (pods != null)
				msgs = ((InternalEObject)pods).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.METRIC_SPEC__PODS, null, msgs);
			if (newPods != null)
				msgs = ((InternalEObject)newPods).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.METRIC_SPEC__PODS, null, msgs);
			msgs = basicSetPods(newPods, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.METRIC_SPEC__PODS, newPods, newPods));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceMetricSource getResource() {
		return resource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetResource(ResourceMetricSource newResource, NotificationChain msgs) {
		ResourceMetricSource oldResource = resource;
		resource = newResource;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.METRIC_SPEC__RESOURCE, oldResource, newResource);
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
	public void setResource(ResourceMetricSource newResource) {
		if (newResource != resource) {
			NotificationChain msgs = null;
			if (resource != null)
				msgs = ((InternalEObject)resource).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.METRIC_SPEC__RESOURCE, null, msgs);
			if (newResource != null)
				msgs = ((InternalEObject)newResource).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AutoscalingV2Package.METRIC_SPEC__RESOURCE, null, msgs);
			msgs = basicSetResource(newResource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.METRIC_SPEC__RESOURCE, newResource, newResource));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AutoscalingV2Package.METRIC_SPEC__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AutoscalingV2Package.METRIC_SPEC__CONTAINER_RESOURCE:
				return basicSetContainerResource(null, msgs);
			case AutoscalingV2Package.METRIC_SPEC__EXTERNAL:
				return basicSetExternal(null, msgs);
			case AutoscalingV2Package.METRIC_SPEC__OBJECT:
				return basicSetObject(null, msgs);
			case AutoscalingV2Package.METRIC_SPEC__PODS:
				return basicSetPods(null, msgs);
			case AutoscalingV2Package.METRIC_SPEC__RESOURCE:
				return basicSetResource(null, msgs);
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
			case AutoscalingV2Package.METRIC_SPEC__CONTAINER_RESOURCE:
				return getContainerResource();
			case AutoscalingV2Package.METRIC_SPEC__EXTERNAL:
				return getExternal();
			case AutoscalingV2Package.METRIC_SPEC__OBJECT:
				return getObject();
			case AutoscalingV2Package.METRIC_SPEC__PODS:
				return getPods();
			case AutoscalingV2Package.METRIC_SPEC__RESOURCE:
				return getResource();
			case AutoscalingV2Package.METRIC_SPEC__TYPE:
				return getType();
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
			case AutoscalingV2Package.METRIC_SPEC__CONTAINER_RESOURCE:
				setContainerResource((ContainerResourceMetricSource)newValue);
				return;
			case AutoscalingV2Package.METRIC_SPEC__EXTERNAL:
				setExternal((ExternalMetricSource)newValue);
				return;
			case AutoscalingV2Package.METRIC_SPEC__OBJECT:
				setObject((ObjectMetricSource)newValue);
				return;
			case AutoscalingV2Package.METRIC_SPEC__PODS:
				setPods((PodsMetricSource)newValue);
				return;
			case AutoscalingV2Package.METRIC_SPEC__RESOURCE:
				setResource((ResourceMetricSource)newValue);
				return;
			case AutoscalingV2Package.METRIC_SPEC__TYPE:
				setType((String)newValue);
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
			case AutoscalingV2Package.METRIC_SPEC__CONTAINER_RESOURCE:
				setContainerResource((ContainerResourceMetricSource)null);
				return;
			case AutoscalingV2Package.METRIC_SPEC__EXTERNAL:
				setExternal((ExternalMetricSource)null);
				return;
			case AutoscalingV2Package.METRIC_SPEC__OBJECT:
				setObject((ObjectMetricSource)null);
				return;
			case AutoscalingV2Package.METRIC_SPEC__PODS:
				setPods((PodsMetricSource)null);
				return;
			case AutoscalingV2Package.METRIC_SPEC__RESOURCE:
				setResource((ResourceMetricSource)null);
				return;
			case AutoscalingV2Package.METRIC_SPEC__TYPE:
				setType(TYPE_EDEFAULT);
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
			case AutoscalingV2Package.METRIC_SPEC__CONTAINER_RESOURCE:
				return containerResource != null;
			case AutoscalingV2Package.METRIC_SPEC__EXTERNAL:
				return external != null;
			case AutoscalingV2Package.METRIC_SPEC__OBJECT:
				return object != null;
			case AutoscalingV2Package.METRIC_SPEC__PODS:
				return pods != null;
			case AutoscalingV2Package.METRIC_SPEC__RESOURCE:
				return resource != null;
			case AutoscalingV2Package.METRIC_SPEC__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
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
		result.append(" (type: ");
		result.append(type);
		result.append(')');
		return result.toString();
	}

} //MetricSpecImpl
