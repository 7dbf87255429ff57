/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.NodeAffinity;
import io.pilothouse.model.k8s.core.v1.NodeSelector;
import io.pilothouse.model.k8s.core.v1.PreferredSchedulingTerm;

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
 * An implementation of the model object '<em><b>Node Affinity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeAffinityImpl#getPreferredDuringSchedulingIgnoredDuringExecution <em>Preferred During Scheduling Ignored During Execution</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeAffinityImpl#getRequiredDuringSchedulingIgnoredDuringExecution <em>Required During Scheduling Ignored During Execution</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeAffinityImpl extends MinimalEObjectImpl.Container implements NodeAffinity {
	/**
	 * The cached value of the '{@link #getPreferredDuringSchedulingIgnoredDuringExecution() <em>Preferred During Scheduling Ignored During Execution</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredDuringSchedulingIgnoredDuringExecution()
	 * @generated
	 * @ordered
	 */
	protected EList<PreferredSchedulingTerm> preferredDuringSchedulingIgnoredDuringExecution;

	/**
	 * The cached value of the '{@link #getRequiredDuringSchedulingIgnoredDuringExecution() <em>Required During Scheduling Ignored During Execution</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredDuringSchedulingIgnoredDuringExecution()
	 * @generated
	 * @ordered
	 */
	protected NodeSelector requiredDuringSchedulingIgnoredDuringExecution;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeAffinityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.NODE_AFFINITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PreferredSchedulingTerm> getPreferredDuringSchedulingIgnoredDuringExecution() {
		if (preferredDuringSchedulingIgnoredDuringExecution == null) {
			preferredDuringSchedulingIgnoredDuringExecution = new EObjectContainmentEList<PreferredSchedulingTerm>(PreferredSchedulingTerm.class, this, CoreV1Package.NODE_AFFINITY__PREFERRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION);
		}
		return preferredDuringSchedulingIgnoredDuringExecution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeSelector getRequiredDuringSchedulingIgnoredDuringExecution() {
		return requiredDuringSchedulingIgnoredDuringExecution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRequiredDuringSchedulingIgnoredDuringExecution(NodeSelector newRequiredDuringSchedulingIgnoredDuringExecution, NotificationChain msgs) {
		NodeSelector oldRequiredDuringSchedulingIgnoredDuringExecution = requiredDuringSchedulingIgnoredDuringExecution;
		requiredDuringSchedulingIgnoredDuringExecution = newRequiredDuringSchedulingIgnoredDuringExecution;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_AFFINITY__REQUIRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION, oldRequiredDuringSchedulingIgnoredDuringExecution, newRequiredDuringSchedulingIgnoredDuringExecution);
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
	public void setRequiredDuringSchedulingIgnoredDuringExecution(NodeSelector newRequiredDuringSchedulingIgnoredDuringExecution) {
		if (newRequiredDuringSchedulingIgnoredDuringExecution != requiredDuringSchedulingIgnoredDuringExecution) {
			NotificationChain msgs = null;
			if (requiredDuringSchedulingIgnoredDuringExecution != null)
				msgs = ((InternalEObject)requiredDuringSchedulingIgnoredDuringExecution).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_AFFINITY__REQUIRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION, null, msgs);
			if (newRequiredDuringSchedulingIgnoredDuringExecution != null)
				msgs = ((InternalEObject)newRequiredDuringSchedulingIgnoredDuringExecution).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.NODE_AFFINITY__REQUIRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION, null, msgs);
			msgs = basicSetRequiredDuringSchedulingIgnoredDuringExecution(newRequiredDuringSchedulingIgnoredDuringExecution, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_AFFINITY__REQUIRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION, newRequiredDuringSchedulingIgnoredDuringExecution, newRequiredDuringSchedulingIgnoredDuringExecution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.NODE_AFFINITY__PREFERRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				return ((InternalEList<?>)getPreferredDuringSchedulingIgnoredDuringExecution()).basicRemove(otherEnd, msgs);
			case CoreV1Package.NODE_AFFINITY__REQUIRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				return basicSetRequiredDuringSchedulingIgnoredDuringExecution(null, msgs);
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
			case CoreV1Package.NODE_AFFINITY__PREFERRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				return getPreferredDuringSchedulingIgnoredDuringExecution();
			case CoreV1Package.NODE_AFFINITY__REQUIRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				return getRequiredDuringSchedulingIgnoredDuringExecution();
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
			case CoreV1Package.NODE_AFFINITY__PREFERRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				getPreferredDuringSchedulingIgnoredDuringExecution().clear();
				getPreferredDuringSchedulingIgnoredDuringExecution().addAll((Collection<? extends PreferredSchedulingTerm>)newValue);
				return;
			case CoreV1Package.NODE_AFFINITY__REQUIRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				setRequiredDuringSchedulingIgnoredDuringExecution((NodeSelector)newValue);
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
			case CoreV1Package.NODE_AFFINITY__PREFERRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				getPreferredDuringSchedulingIgnoredDuringExecution().clear();
				return;
			case CoreV1Package.NODE_AFFINITY__REQUIRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				setRequiredDuringSchedulingIgnoredDuringExecution((NodeSelector)null);
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
			case CoreV1Package.NODE_AFFINITY__PREFERRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				return preferredDuringSchedulingIgnoredDuringExecution != null && !preferredDuringSchedulingIgnoredDuringExecution.isEmpty();
			case CoreV1Package.NODE_AFFINITY__REQUIRED_DURING_SCHEDULING_IGNORED_DURING_EXECUTION:
				return requiredDuringSchedulingIgnoredDuringExecution != null;
		}
		return super.eIsSet(featureID);
	}

} //NodeAffinityImpl
