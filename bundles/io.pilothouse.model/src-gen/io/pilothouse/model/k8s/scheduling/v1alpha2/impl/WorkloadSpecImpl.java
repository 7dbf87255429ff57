/**
 */
package io.pilothouse.model.k8s.scheduling.v1alpha2.impl;

import io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplate;
import io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package;
import io.pilothouse.model.k8s.scheduling.v1alpha2.TypedLocalObjectReference;
import io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadSpec;

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
 * An implementation of the model object '<em><b>Workload Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadSpecImpl#getControllerRef <em>Controller Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadSpecImpl#getPodGroupTemplates <em>Pod Group Templates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkloadSpecImpl extends MinimalEObjectImpl.Container implements WorkloadSpec {
	/**
	 * The cached value of the '{@link #getControllerRef() <em>Controller Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControllerRef()
	 * @generated
	 * @ordered
	 */
	protected TypedLocalObjectReference controllerRef;

	/**
	 * The cached value of the '{@link #getPodGroupTemplates() <em>Pod Group Templates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodGroupTemplates()
	 * @generated
	 * @ordered
	 */
	protected EList<PodGroupTemplate> podGroupTemplates;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkloadSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedulingV1alpha2Package.Literals.WORKLOAD_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypedLocalObjectReference getControllerRef() {
		return controllerRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetControllerRef(TypedLocalObjectReference newControllerRef, NotificationChain msgs) {
		TypedLocalObjectReference oldControllerRef = controllerRef;
		controllerRef = newControllerRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.WORKLOAD_SPEC__CONTROLLER_REF, oldControllerRef, newControllerRef);
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
	public void setControllerRef(TypedLocalObjectReference newControllerRef) {
		if (newControllerRef != controllerRef) {
			NotificationChain msgs = null;
			if (controllerRef != null)
				msgs = ((InternalEObject)controllerRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SchedulingV1alpha2Package.WORKLOAD_SPEC__CONTROLLER_REF, null, msgs);
			if (newControllerRef != null)
				msgs = ((InternalEObject)newControllerRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SchedulingV1alpha2Package.WORKLOAD_SPEC__CONTROLLER_REF, null, msgs);
			msgs = basicSetControllerRef(newControllerRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.WORKLOAD_SPEC__CONTROLLER_REF, newControllerRef, newControllerRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PodGroupTemplate> getPodGroupTemplates() {
		if (podGroupTemplates == null) {
			podGroupTemplates = new EObjectContainmentEList<PodGroupTemplate>(PodGroupTemplate.class, this, SchedulingV1alpha2Package.WORKLOAD_SPEC__POD_GROUP_TEMPLATES);
		}
		return podGroupTemplates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SchedulingV1alpha2Package.WORKLOAD_SPEC__CONTROLLER_REF:
				return basicSetControllerRef(null, msgs);
			case SchedulingV1alpha2Package.WORKLOAD_SPEC__POD_GROUP_TEMPLATES:
				return ((InternalEList<?>)getPodGroupTemplates()).basicRemove(otherEnd, msgs);
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
			case SchedulingV1alpha2Package.WORKLOAD_SPEC__CONTROLLER_REF:
				return getControllerRef();
			case SchedulingV1alpha2Package.WORKLOAD_SPEC__POD_GROUP_TEMPLATES:
				return getPodGroupTemplates();
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
			case SchedulingV1alpha2Package.WORKLOAD_SPEC__CONTROLLER_REF:
				setControllerRef((TypedLocalObjectReference)newValue);
				return;
			case SchedulingV1alpha2Package.WORKLOAD_SPEC__POD_GROUP_TEMPLATES:
				getPodGroupTemplates().clear();
				getPodGroupTemplates().addAll((Collection<? extends PodGroupTemplate>)newValue);
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
			case SchedulingV1alpha2Package.WORKLOAD_SPEC__CONTROLLER_REF:
				setControllerRef((TypedLocalObjectReference)null);
				return;
			case SchedulingV1alpha2Package.WORKLOAD_SPEC__POD_GROUP_TEMPLATES:
				getPodGroupTemplates().clear();
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
			case SchedulingV1alpha2Package.WORKLOAD_SPEC__CONTROLLER_REF:
				return controllerRef != null;
			case SchedulingV1alpha2Package.WORKLOAD_SPEC__POD_GROUP_TEMPLATES:
				return podGroupTemplates != null && !podGroupTemplates.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //WorkloadSpecImpl
