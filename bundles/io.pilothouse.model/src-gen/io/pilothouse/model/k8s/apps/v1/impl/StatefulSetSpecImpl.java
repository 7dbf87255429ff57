/**
 */
package io.pilothouse.model.k8s.apps.v1.impl;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.StatefulSetOrdinals;
import io.pilothouse.model.k8s.apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy;
import io.pilothouse.model.k8s.apps.v1.StatefulSetSpec;
import io.pilothouse.model.k8s.apps.v1.StatefulSetUpdateStrategy;

import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaim;
import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stateful Set Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetSpecImpl#getMinReadySeconds <em>Min Ready Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetSpecImpl#getOrdinals <em>Ordinals</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetSpecImpl#getPersistentVolumeClaimRetentionPolicy <em>Persistent Volume Claim Retention Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetSpecImpl#getPodManagementPolicy <em>Pod Management Policy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetSpecImpl#getReplicas <em>Replicas</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetSpecImpl#getRevisionHistoryLimit <em>Revision History Limit</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetSpecImpl#getSelector <em>Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetSpecImpl#getServiceName <em>Service Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetSpecImpl#getTemplate <em>Template</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetSpecImpl#getUpdateStrategy <em>Update Strategy</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.StatefulSetSpecImpl#getVolumeClaimTemplates <em>Volume Claim Templates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StatefulSetSpecImpl extends MinimalEObjectImpl.Container implements StatefulSetSpec {
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
	 * The cached value of the '{@link #getOrdinals() <em>Ordinals</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrdinals()
	 * @generated
	 * @ordered
	 */
	protected StatefulSetOrdinals ordinals;

	/**
	 * The cached value of the '{@link #getPersistentVolumeClaimRetentionPolicy() <em>Persistent Volume Claim Retention Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersistentVolumeClaimRetentionPolicy()
	 * @generated
	 * @ordered
	 */
	protected StatefulSetPersistentVolumeClaimRetentionPolicy persistentVolumeClaimRetentionPolicy;

	/**
	 * The default value of the '{@link #getPodManagementPolicy() <em>Pod Management Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodManagementPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final String POD_MANAGEMENT_POLICY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPodManagementPolicy() <em>Pod Management Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodManagementPolicy()
	 * @generated
	 * @ordered
	 */
	protected String podManagementPolicy = POD_MANAGEMENT_POLICY_EDEFAULT;

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
	 * The default value of the '{@link #getRevisionHistoryLimit() <em>Revision History Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevisionHistoryLimit()
	 * @generated
	 * @ordered
	 */
	protected static final Integer REVISION_HISTORY_LIMIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRevisionHistoryLimit() <em>Revision History Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevisionHistoryLimit()
	 * @generated
	 * @ordered
	 */
	protected Integer revisionHistoryLimit = REVISION_HISTORY_LIMIT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSelector() <em>Selector</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelector()
	 * @generated
	 * @ordered
	 */
	protected LabelSelector selector;

	/**
	 * The default value of the '{@link #getServiceName() <em>Service Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceName()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceName() <em>Service Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceName()
	 * @generated
	 * @ordered
	 */
	protected String serviceName = SERVICE_NAME_EDEFAULT;

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
	 * The cached value of the '{@link #getUpdateStrategy() <em>Update Strategy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdateStrategy()
	 * @generated
	 * @ordered
	 */
	protected StatefulSetUpdateStrategy updateStrategy;

	/**
	 * The cached value of the '{@link #getVolumeClaimTemplates() <em>Volume Claim Templates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeClaimTemplates()
	 * @generated
	 * @ordered
	 */
	protected EList<PersistentVolumeClaim> volumeClaimTemplates;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StatefulSetSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppsV1Package.Literals.STATEFUL_SET_SPEC;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_SPEC__MIN_READY_SECONDS, oldMinReadySeconds, minReadySeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatefulSetOrdinals getOrdinals() {
		return ordinals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOrdinals(StatefulSetOrdinals newOrdinals, NotificationChain msgs) {
		StatefulSetOrdinals oldOrdinals = ordinals;
		ordinals = newOrdinals;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_SPEC__ORDINALS, oldOrdinals, newOrdinals);
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
	public void setOrdinals(StatefulSetOrdinals newOrdinals) {
		if (newOrdinals != ordinals) {
			NotificationChain msgs = null;
			if (ordinals != null)
				msgs = ((InternalEObject)ordinals).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppsV1Package.STATEFUL_SET_SPEC__ORDINALS, null, msgs);
			if (newOrdinals != null)
				msgs = ((InternalEObject)newOrdinals).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppsV1Package.STATEFUL_SET_SPEC__ORDINALS, null, msgs);
			msgs = basicSetOrdinals(newOrdinals, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_SPEC__ORDINALS, newOrdinals, newOrdinals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatefulSetPersistentVolumeClaimRetentionPolicy getPersistentVolumeClaimRetentionPolicy() {
		return persistentVolumeClaimRetentionPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPersistentVolumeClaimRetentionPolicy(StatefulSetPersistentVolumeClaimRetentionPolicy newPersistentVolumeClaimRetentionPolicy, NotificationChain msgs) {
		StatefulSetPersistentVolumeClaimRetentionPolicy oldPersistentVolumeClaimRetentionPolicy = persistentVolumeClaimRetentionPolicy;
		persistentVolumeClaimRetentionPolicy = newPersistentVolumeClaimRetentionPolicy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_SPEC__PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY, oldPersistentVolumeClaimRetentionPolicy, newPersistentVolumeClaimRetentionPolicy);
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
	public void setPersistentVolumeClaimRetentionPolicy(StatefulSetPersistentVolumeClaimRetentionPolicy newPersistentVolumeClaimRetentionPolicy) {
		if (newPersistentVolumeClaimRetentionPolicy != persistentVolumeClaimRetentionPolicy) {
			NotificationChain msgs = null;
			if (persistentVolumeClaimRetentionPolicy != null)
				msgs = ((InternalEObject)persistentVolumeClaimRetentionPolicy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppsV1Package.STATEFUL_SET_SPEC__PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY, null, msgs);
			if (newPersistentVolumeClaimRetentionPolicy != null)
				msgs = ((InternalEObject)newPersistentVolumeClaimRetentionPolicy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppsV1Package.STATEFUL_SET_SPEC__PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY, null, msgs);
			msgs = basicSetPersistentVolumeClaimRetentionPolicy(newPersistentVolumeClaimRetentionPolicy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_SPEC__PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY, newPersistentVolumeClaimRetentionPolicy, newPersistentVolumeClaimRetentionPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPodManagementPolicy() {
		return podManagementPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPodManagementPolicy(String newPodManagementPolicy) {
		String oldPodManagementPolicy = podManagementPolicy;
		podManagementPolicy = newPodManagementPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_SPEC__POD_MANAGEMENT_POLICY, oldPodManagementPolicy, podManagementPolicy));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_SPEC__REPLICAS, oldReplicas, replicas));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getRevisionHistoryLimit() {
		return revisionHistoryLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevisionHistoryLimit(Integer newRevisionHistoryLimit) {
		Integer oldRevisionHistoryLimit = revisionHistoryLimit;
		revisionHistoryLimit = newRevisionHistoryLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_SPEC__REVISION_HISTORY_LIMIT, oldRevisionHistoryLimit, revisionHistoryLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelSelector getSelector() {
		return selector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSelector(LabelSelector newSelector, NotificationChain msgs) {
		LabelSelector oldSelector = selector;
		selector = newSelector;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_SPEC__SELECTOR, oldSelector, newSelector);
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
	public void setSelector(LabelSelector newSelector) {
		if (newSelector != selector) {
			NotificationChain msgs = null;
			if (selector != null)
				msgs = ((InternalEObject)selector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppsV1Package.STATEFUL_SET_SPEC__SELECTOR, null, msgs);
			if (newSelector != null)
				msgs = ((InternalEObject)newSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppsV1Package.STATEFUL_SET_SPEC__SELECTOR, null, msgs);
			msgs = basicSetSelector(newSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_SPEC__SELECTOR, newSelector, newSelector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceName() {
		return serviceName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceName(String newServiceName) {
		String oldServiceName = serviceName;
		serviceName = newServiceName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_SPEC__SERVICE_NAME, oldServiceName, serviceName));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_SPEC__TEMPLATE, oldTemplate, newTemplate);
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
				msgs = ((InternalEObject)template).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppsV1Package.STATEFUL_SET_SPEC__TEMPLATE, null, msgs);
			if (newTemplate != null)
				msgs = ((InternalEObject)newTemplate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppsV1Package.STATEFUL_SET_SPEC__TEMPLATE, null, msgs);
			msgs = basicSetTemplate(newTemplate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_SPEC__TEMPLATE, newTemplate, newTemplate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatefulSetUpdateStrategy getUpdateStrategy() {
		return updateStrategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUpdateStrategy(StatefulSetUpdateStrategy newUpdateStrategy, NotificationChain msgs) {
		StatefulSetUpdateStrategy oldUpdateStrategy = updateStrategy;
		updateStrategy = newUpdateStrategy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_SPEC__UPDATE_STRATEGY, oldUpdateStrategy, newUpdateStrategy);
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
	public void setUpdateStrategy(StatefulSetUpdateStrategy newUpdateStrategy) {
		if (newUpdateStrategy != updateStrategy) {
			NotificationChain msgs = null;
			if (updateStrategy != null)
				msgs = ((InternalEObject)updateStrategy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppsV1Package.STATEFUL_SET_SPEC__UPDATE_STRATEGY, null, msgs);
			if (newUpdateStrategy != null)
				msgs = ((InternalEObject)newUpdateStrategy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppsV1Package.STATEFUL_SET_SPEC__UPDATE_STRATEGY, null, msgs);
			msgs = basicSetUpdateStrategy(newUpdateStrategy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.STATEFUL_SET_SPEC__UPDATE_STRATEGY, newUpdateStrategy, newUpdateStrategy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PersistentVolumeClaim> getVolumeClaimTemplates() {
		if (volumeClaimTemplates == null) {
			volumeClaimTemplates = new EObjectContainmentEList<PersistentVolumeClaim>(PersistentVolumeClaim.class, this, AppsV1Package.STATEFUL_SET_SPEC__VOLUME_CLAIM_TEMPLATES);
		}
		return volumeClaimTemplates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppsV1Package.STATEFUL_SET_SPEC__ORDINALS:
				return basicSetOrdinals(null, msgs);
			case AppsV1Package.STATEFUL_SET_SPEC__PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY:
				return basicSetPersistentVolumeClaimRetentionPolicy(null, msgs);
			case AppsV1Package.STATEFUL_SET_SPEC__SELECTOR:
				return basicSetSelector(null, msgs);
			case AppsV1Package.STATEFUL_SET_SPEC__TEMPLATE:
				return basicSetTemplate(null, msgs);
			case AppsV1Package.STATEFUL_SET_SPEC__UPDATE_STRATEGY:
				return basicSetUpdateStrategy(null, msgs);
			case AppsV1Package.STATEFUL_SET_SPEC__VOLUME_CLAIM_TEMPLATES:
				return ((InternalEList<?>)getVolumeClaimTemplates()).basicRemove(otherEnd, msgs);
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
			case AppsV1Package.STATEFUL_SET_SPEC__MIN_READY_SECONDS:
				return getMinReadySeconds();
			case AppsV1Package.STATEFUL_SET_SPEC__ORDINALS:
				return getOrdinals();
			case AppsV1Package.STATEFUL_SET_SPEC__PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY:
				return getPersistentVolumeClaimRetentionPolicy();
			case AppsV1Package.STATEFUL_SET_SPEC__POD_MANAGEMENT_POLICY:
				return getPodManagementPolicy();
			case AppsV1Package.STATEFUL_SET_SPEC__REPLICAS:
				return getReplicas();
			case AppsV1Package.STATEFUL_SET_SPEC__REVISION_HISTORY_LIMIT:
				return getRevisionHistoryLimit();
			case AppsV1Package.STATEFUL_SET_SPEC__SELECTOR:
				return getSelector();
			case AppsV1Package.STATEFUL_SET_SPEC__SERVICE_NAME:
				return getServiceName();
			case AppsV1Package.STATEFUL_SET_SPEC__TEMPLATE:
				return getTemplate();
			case AppsV1Package.STATEFUL_SET_SPEC__UPDATE_STRATEGY:
				return getUpdateStrategy();
			case AppsV1Package.STATEFUL_SET_SPEC__VOLUME_CLAIM_TEMPLATES:
				return getVolumeClaimTemplates();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AppsV1Package.STATEFUL_SET_SPEC__MIN_READY_SECONDS:
				setMinReadySeconds((Integer)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__ORDINALS:
				setOrdinals((StatefulSetOrdinals)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY:
				setPersistentVolumeClaimRetentionPolicy((StatefulSetPersistentVolumeClaimRetentionPolicy)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__POD_MANAGEMENT_POLICY:
				setPodManagementPolicy((String)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__REPLICAS:
				setReplicas((Integer)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__REVISION_HISTORY_LIMIT:
				setRevisionHistoryLimit((Integer)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__SELECTOR:
				setSelector((LabelSelector)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__SERVICE_NAME:
				setServiceName((String)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__TEMPLATE:
				setTemplate((PodTemplateSpec)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__UPDATE_STRATEGY:
				setUpdateStrategy((StatefulSetUpdateStrategy)newValue);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__VOLUME_CLAIM_TEMPLATES:
				getVolumeClaimTemplates().clear();
				getVolumeClaimTemplates().addAll((Collection<? extends PersistentVolumeClaim>)newValue);
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
			case AppsV1Package.STATEFUL_SET_SPEC__MIN_READY_SECONDS:
				setMinReadySeconds(MIN_READY_SECONDS_EDEFAULT);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__ORDINALS:
				setOrdinals((StatefulSetOrdinals)null);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY:
				setPersistentVolumeClaimRetentionPolicy((StatefulSetPersistentVolumeClaimRetentionPolicy)null);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__POD_MANAGEMENT_POLICY:
				setPodManagementPolicy(POD_MANAGEMENT_POLICY_EDEFAULT);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__REPLICAS:
				setReplicas(REPLICAS_EDEFAULT);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__REVISION_HISTORY_LIMIT:
				setRevisionHistoryLimit(REVISION_HISTORY_LIMIT_EDEFAULT);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__SELECTOR:
				setSelector((LabelSelector)null);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__SERVICE_NAME:
				setServiceName(SERVICE_NAME_EDEFAULT);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__TEMPLATE:
				setTemplate((PodTemplateSpec)null);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__UPDATE_STRATEGY:
				setUpdateStrategy((StatefulSetUpdateStrategy)null);
				return;
			case AppsV1Package.STATEFUL_SET_SPEC__VOLUME_CLAIM_TEMPLATES:
				getVolumeClaimTemplates().clear();
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
			case AppsV1Package.STATEFUL_SET_SPEC__MIN_READY_SECONDS:
				return MIN_READY_SECONDS_EDEFAULT == null ? minReadySeconds != null : !MIN_READY_SECONDS_EDEFAULT.equals(minReadySeconds);
			case AppsV1Package.STATEFUL_SET_SPEC__ORDINALS:
				return ordinals != null;
			case AppsV1Package.STATEFUL_SET_SPEC__PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY:
				return persistentVolumeClaimRetentionPolicy != null;
			case AppsV1Package.STATEFUL_SET_SPEC__POD_MANAGEMENT_POLICY:
				return POD_MANAGEMENT_POLICY_EDEFAULT == null ? podManagementPolicy != null : !POD_MANAGEMENT_POLICY_EDEFAULT.equals(podManagementPolicy);
			case AppsV1Package.STATEFUL_SET_SPEC__REPLICAS:
				return REPLICAS_EDEFAULT == null ? replicas != null : !REPLICAS_EDEFAULT.equals(replicas);
			case AppsV1Package.STATEFUL_SET_SPEC__REVISION_HISTORY_LIMIT:
				return REVISION_HISTORY_LIMIT_EDEFAULT == null ? revisionHistoryLimit != null : !REVISION_HISTORY_LIMIT_EDEFAULT.equals(revisionHistoryLimit);
			case AppsV1Package.STATEFUL_SET_SPEC__SELECTOR:
				return selector != null;
			case AppsV1Package.STATEFUL_SET_SPEC__SERVICE_NAME:
				return SERVICE_NAME_EDEFAULT == null ? serviceName != null : !SERVICE_NAME_EDEFAULT.equals(serviceName);
			case AppsV1Package.STATEFUL_SET_SPEC__TEMPLATE:
				return template != null;
			case AppsV1Package.STATEFUL_SET_SPEC__UPDATE_STRATEGY:
				return updateStrategy != null;
			case AppsV1Package.STATEFUL_SET_SPEC__VOLUME_CLAIM_TEMPLATES:
				return volumeClaimTemplates != null && !volumeClaimTemplates.isEmpty();
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
		result.append(", podManagementPolicy: ");
		result.append(podManagementPolicy);
		result.append(", replicas: ");
		result.append(replicas);
		result.append(", revisionHistoryLimit: ");
		result.append(revisionHistoryLimit);
		result.append(", serviceName: ");
		result.append(serviceName);
		result.append(')');
		return result.toString();
	}

} //StatefulSetSpecImpl
