/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;
import io.pilothouse.model.k8s.core.v1.ReplicationControllerSpec;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Replication Controller Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ReplicationControllerSpecImpl#getMinReadySeconds <em>Min Ready Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ReplicationControllerSpecImpl#getReplicas <em>Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ReplicationControllerSpecImpl#getSelector <em>Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.ReplicationControllerSpecImpl#getTemplate <em>Template</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReplicationControllerSpecImpl extends MinimalEObjectImpl.Container implements ReplicationControllerSpec {
	/**
	 * The default value of the '{@link #getMinReadySeconds() <em>Min Ready Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinReadySeconds()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MIN_READY_SECONDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinReadySeconds() <em>Min Ready Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinReadySeconds()
	 * @generated
	 * @ordered
	 */
	protected Integer minReadySeconds = MIN_READY_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReplicas() <em>Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplicas()
	 * @generated
	 * @ordered
	 */
	protected static final Integer REPLICAS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReplicas() <em>Replicas</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplicas()
	 * @generated
	 * @ordered
	 */
	protected Integer replicas = REPLICAS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSelector() <em>Selector</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelector()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> selector;

	/**
	 * The cached value of the '{@link #getTemplate() <em>Template</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected PodTemplateSpec template;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReplicationControllerSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.REPLICATION_CONTROLLER_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMinReadySeconds() {
		return minReadySeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinReadySeconds(Integer newMinReadySeconds) {
		Integer oldMinReadySeconds = minReadySeconds;
		minReadySeconds = newMinReadySeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.REPLICATION_CONTROLLER_SPEC__MIN_READY_SECONDS, oldMinReadySeconds, minReadySeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getReplicas() {
		return replicas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplicas(Integer newReplicas) {
		Integer oldReplicas = replicas;
		replicas = newReplicas;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.REPLICATION_CONTROLLER_SPEC__REPLICAS, oldReplicas, replicas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getSelector() {
		if (selector == null) {
			selector = new EcoreEMap<String,String>(CoreV1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, CoreV1Package.REPLICATION_CONTROLLER_SPEC__SELECTOR);
		}
		return selector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodTemplateSpec getTemplate() {
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTemplate(PodTemplateSpec newTemplate, NotificationChain msgs) {
		PodTemplateSpec oldTemplate = template;
		template = newTemplate;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.REPLICATION_CONTROLLER_SPEC__TEMPLATE, oldTemplate, newTemplate);
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
	public void setTemplate(PodTemplateSpec newTemplate) {
		if (newTemplate != template) {
			NotificationChain msgs = null;
			if (template != null)
				msgs = ((InternalEObject)template).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.REPLICATION_CONTROLLER_SPEC__TEMPLATE, null, msgs);
			if (newTemplate != null)
				msgs = ((InternalEObject)newTemplate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.REPLICATION_CONTROLLER_SPEC__TEMPLATE, null, msgs);
			msgs = basicSetTemplate(newTemplate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.REPLICATION_CONTROLLER_SPEC__TEMPLATE, newTemplate, newTemplate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.REPLICATION_CONTROLLER_SPEC__SELECTOR:
				return ((InternalEList<?>)getSelector()).basicRemove(otherEnd, msgs);
			case CoreV1Package.REPLICATION_CONTROLLER_SPEC__TEMPLATE:
				return basicSetTemplate(null, msgs);
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
			case CoreV1Package.REPLICATION_CONTROLLER_SPEC__MIN_READY_SECONDS:
				return getMinReadySeconds();
			case CoreV1Package.REPLICATION_CONTROLLER_SPEC__REPLICAS:
				return getReplicas();
			case CoreV1Package.REPLICATION_CONTROLLER_SPEC__SELECTOR:
				if (coreType) return getSelector();
				else return getSelector().map();
			case CoreV1Package.REPLICATION_CONTROLLER_SPEC__TEMPLATE:
				return getTemplate();
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
			case CoreV1Package.REPLICATION_CONTROLLER_SPEC__MIN_READY_SECONDS:
				setMinReadySeconds((Integer)newValue);
				return;
			case CoreV1Package.REPLICATION_CONTROLLER_SPEC__REPLICAS:
				setReplicas((Integer)newValue);
				return;
			case CoreV1Package.REPLICATION_CONTROLLER_SPEC__SELECTOR:
				((EStructuralFeature.Setting)getSelector()).set(newValue);
				return;
			case CoreV1Package.REPLICATION_CONTROLLER_SPEC__TEMPLATE:
				setTemplate((PodTemplateSpec)newValue);
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
			case CoreV1Package.REPLICATION_CONTROLLER_SPEC__MIN_READY_SECONDS:
				setMinReadySeconds(MIN_READY_SECONDS_EDEFAULT);
				return;
			case CoreV1Package.REPLICATION_CONTROLLER_SPEC__REPLICAS:
				setReplicas(REPLICAS_EDEFAULT);
				return;
			case CoreV1Package.REPLICATION_CONTROLLER_SPEC__SELECTOR:
				getSelector().clear();
				return;
			case CoreV1Package.REPLICATION_CONTROLLER_SPEC__TEMPLATE:
				setTemplate((PodTemplateSpec)null);
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
			case CoreV1Package.REPLICATION_CONTROLLER_SPEC__MIN_READY_SECONDS:
				return MIN_READY_SECONDS_EDEFAULT == null ? minReadySeconds != null : !MIN_READY_SECONDS_EDEFAULT.equals(minReadySeconds);
			case CoreV1Package.REPLICATION_CONTROLLER_SPEC__REPLICAS:
				return REPLICAS_EDEFAULT == null ? replicas != null : !REPLICAS_EDEFAULT.equals(replicas);
			case CoreV1Package.REPLICATION_CONTROLLER_SPEC__SELECTOR:
				return selector != null && !selector.isEmpty();
			case CoreV1Package.REPLICATION_CONTROLLER_SPEC__TEMPLATE:
				return template != null;
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
		result.append(" (minReadySeconds: ");
		result.append(minReadySeconds);
		result.append(", replicas: ");
		result.append(replicas);
		result.append(')');
		return result.toString();
	}

} //ReplicationControllerSpecImpl
