/**
 */
package io.pilothouse.model.k8s.apps.v1.impl;

import io.pilothouse.model.k8s.apps.v1.AppsV1Package;
import io.pilothouse.model.k8s.apps.v1.DaemonSetSpec;
import io.pilothouse.model.k8s.apps.v1.DaemonSetUpdateStrategy;

import io.pilothouse.model.k8s.core.v1.PodTemplateSpec;

import io.pilothouse.model.k8s.meta.v1.LabelSelector;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Daemon Set Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetSpecImpl#getMinReadySeconds <em>Min Ready Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetSpecImpl#getRevisionHistoryLimit <em>Revision History Limit</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetSpecImpl#getSelector <em>Selector</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetSpecImpl#getTemplate <em>Template</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.apps.v1.impl.DaemonSetSpecImpl#getUpdateStrategy <em>Update Strategy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DaemonSetSpecImpl extends MinimalEObjectImpl.Container implements DaemonSetSpec {
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
	protected DaemonSetUpdateStrategy updateStrategy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DaemonSetSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppsV1Package.Literals.DAEMON_SET_SPEC;
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_SPEC__MIN_READY_SECONDS, oldMinReadySeconds, minReadySeconds));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_SPEC__REVISION_HISTORY_LIMIT, oldRevisionHistoryLimit, revisionHistoryLimit));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_SPEC__SELECTOR, oldSelector, newSelector);
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
				msgs = ((InternalEObject)selector).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppsV1Package.DAEMON_SET_SPEC__SELECTOR, null, msgs);
			if (newSelector != null)
				msgs = ((InternalEObject)newSelector).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppsV1Package.DAEMON_SET_SPEC__SELECTOR, null, msgs);
			msgs = basicSetSelector(newSelector, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_SPEC__SELECTOR, newSelector, newSelector));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_SPEC__TEMPLATE, oldTemplate, newTemplate);
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
				msgs = ((InternalEObject)template).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppsV1Package.DAEMON_SET_SPEC__TEMPLATE, null, msgs);
			if (newTemplate != null)
				msgs = ((InternalEObject)newTemplate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppsV1Package.DAEMON_SET_SPEC__TEMPLATE, null, msgs);
			msgs = basicSetTemplate(newTemplate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_SPEC__TEMPLATE, newTemplate, newTemplate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DaemonSetUpdateStrategy getUpdateStrategy() {
		return updateStrategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUpdateStrategy(DaemonSetUpdateStrategy newUpdateStrategy, NotificationChain msgs) {
		DaemonSetUpdateStrategy oldUpdateStrategy = updateStrategy;
		updateStrategy = newUpdateStrategy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_SPEC__UPDATE_STRATEGY, oldUpdateStrategy, newUpdateStrategy);
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
	public void setUpdateStrategy(DaemonSetUpdateStrategy newUpdateStrategy) {
		if (newUpdateStrategy != updateStrategy) {
			NotificationChain msgs = null;
			if (updateStrategy != null)
				msgs = ((InternalEObject)updateStrategy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - AppsV1Package.DAEMON_SET_SPEC__UPDATE_STRATEGY, null, msgs);
			if (newUpdateStrategy != null)
				msgs = ((InternalEObject)newUpdateStrategy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - AppsV1Package.DAEMON_SET_SPEC__UPDATE_STRATEGY, null, msgs);
			msgs = basicSetUpdateStrategy(newUpdateStrategy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppsV1Package.DAEMON_SET_SPEC__UPDATE_STRATEGY, newUpdateStrategy, newUpdateStrategy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppsV1Package.DAEMON_SET_SPEC__SELECTOR:
				return basicSetSelector(null, msgs);
			case AppsV1Package.DAEMON_SET_SPEC__TEMPLATE:
				return basicSetTemplate(null, msgs);
			case AppsV1Package.DAEMON_SET_SPEC__UPDATE_STRATEGY:
				return basicSetUpdateStrategy(null, msgs);
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
			case AppsV1Package.DAEMON_SET_SPEC__MIN_READY_SECONDS:
				return getMinReadySeconds();
			case AppsV1Package.DAEMON_SET_SPEC__REVISION_HISTORY_LIMIT:
				return getRevisionHistoryLimit();
			case AppsV1Package.DAEMON_SET_SPEC__SELECTOR:
				return getSelector();
			case AppsV1Package.DAEMON_SET_SPEC__TEMPLATE:
				return getTemplate();
			case AppsV1Package.DAEMON_SET_SPEC__UPDATE_STRATEGY:
				return getUpdateStrategy();
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
			case AppsV1Package.DAEMON_SET_SPEC__MIN_READY_SECONDS:
				setMinReadySeconds((Integer)newValue);
				return;
			case AppsV1Package.DAEMON_SET_SPEC__REVISION_HISTORY_LIMIT:
				setRevisionHistoryLimit((Integer)newValue);
				return;
			case AppsV1Package.DAEMON_SET_SPEC__SELECTOR:
				setSelector((LabelSelector)newValue);
				return;
			case AppsV1Package.DAEMON_SET_SPEC__TEMPLATE:
				setTemplate((PodTemplateSpec)newValue);
				return;
			case AppsV1Package.DAEMON_SET_SPEC__UPDATE_STRATEGY:
				setUpdateStrategy((DaemonSetUpdateStrategy)newValue);
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
			case AppsV1Package.DAEMON_SET_SPEC__MIN_READY_SECONDS:
				setMinReadySeconds(MIN_READY_SECONDS_EDEFAULT);
				return;
			case AppsV1Package.DAEMON_SET_SPEC__REVISION_HISTORY_LIMIT:
				setRevisionHistoryLimit(REVISION_HISTORY_LIMIT_EDEFAULT);
				return;
			case AppsV1Package.DAEMON_SET_SPEC__SELECTOR:
				setSelector((LabelSelector)null);
				return;
			case AppsV1Package.DAEMON_SET_SPEC__TEMPLATE:
				setTemplate((PodTemplateSpec)null);
				return;
			case AppsV1Package.DAEMON_SET_SPEC__UPDATE_STRATEGY:
				setUpdateStrategy((DaemonSetUpdateStrategy)null);
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
			case AppsV1Package.DAEMON_SET_SPEC__MIN_READY_SECONDS:
				return MIN_READY_SECONDS_EDEFAULT == null ? minReadySeconds != null : !MIN_READY_SECONDS_EDEFAULT.equals(minReadySeconds);
			case AppsV1Package.DAEMON_SET_SPEC__REVISION_HISTORY_LIMIT:
				return REVISION_HISTORY_LIMIT_EDEFAULT == null ? revisionHistoryLimit != null : !REVISION_HISTORY_LIMIT_EDEFAULT.equals(revisionHistoryLimit);
			case AppsV1Package.DAEMON_SET_SPEC__SELECTOR:
				return selector != null;
			case AppsV1Package.DAEMON_SET_SPEC__TEMPLATE:
				return template != null;
			case AppsV1Package.DAEMON_SET_SPEC__UPDATE_STRATEGY:
				return updateStrategy != null;
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
		result.append(", revisionHistoryLimit: ");
		result.append(revisionHistoryLimit);
		result.append(')');
		return result.toString();
	}

} //DaemonSetSpecImpl
