/**
 */
package io.pilothouse.model.k8s.scheduling.v1alpha2.impl;

import io.pilothouse.model.k8s.scheduling.v1alpha2.BasicSchedulingPolicy;
import io.pilothouse.model.k8s.scheduling.v1alpha2.GangSchedulingPolicy;
import io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSchedulingPolicy;
import io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pod Group Scheduling Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSchedulingPolicyImpl#getBasic <em>Basic</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSchedulingPolicyImpl#getGang <em>Gang</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodGroupSchedulingPolicyImpl extends MinimalEObjectImpl.Container implements PodGroupSchedulingPolicy {
	/**
	 * The cached value of the '{@link #getBasic() <em>Basic</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasic()
	 * @generated
	 * @ordered
	 */
	protected BasicSchedulingPolicy basic;

	/**
	 * The cached value of the '{@link #getGang() <em>Gang</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGang()
	 * @generated
	 * @ordered
	 */
	protected GangSchedulingPolicy gang;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodGroupSchedulingPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedulingV1alpha2Package.Literals.POD_GROUP_SCHEDULING_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BasicSchedulingPolicy getBasic() {
		return basic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBasic(BasicSchedulingPolicy newBasic, NotificationChain msgs) {
		BasicSchedulingPolicy oldBasic = basic;
		basic = newBasic;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_POLICY__BASIC, oldBasic, newBasic);
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
	public void setBasic(BasicSchedulingPolicy newBasic) {
		if (newBasic != basic) {
			NotificationChain msgs = null;
			if (basic != null)
				msgs = ((InternalEObject)basic).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_POLICY__BASIC, null, msgs);
			if (newBasic != null)
				msgs = ((InternalEObject)newBasic).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_POLICY__BASIC, null, msgs);
			msgs = basicSetBasic(newBasic, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_POLICY__BASIC, newBasic, newBasic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GangSchedulingPolicy getGang() {
		return gang;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGang(GangSchedulingPolicy newGang, NotificationChain msgs) {
		GangSchedulingPolicy oldGang = gang;
		gang = newGang;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_POLICY__GANG, oldGang, newGang);
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
	public void setGang(GangSchedulingPolicy newGang) {
		if (newGang != gang) {
			NotificationChain msgs = null;
			if (gang != null)
				msgs = ((InternalEObject)gang).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_POLICY__GANG, null, msgs);
			if (newGang != null)
				msgs = ((InternalEObject)newGang).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_POLICY__GANG, null, msgs);
			msgs = basicSetGang(newGang, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_POLICY__GANG, newGang, newGang));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_POLICY__BASIC:
				return basicSetBasic(null, msgs);
			case SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_POLICY__GANG:
				return basicSetGang(null, msgs);
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
			case SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_POLICY__BASIC:
				return getBasic();
			case SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_POLICY__GANG:
				return getGang();
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
			case SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_POLICY__BASIC:
				setBasic((BasicSchedulingPolicy)newValue);
				return;
			case SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_POLICY__GANG:
				setGang((GangSchedulingPolicy)newValue);
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
			case SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_POLICY__BASIC:
				setBasic((BasicSchedulingPolicy)null);
				return;
			case SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_POLICY__GANG:
				setGang((GangSchedulingPolicy)null);
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
			case SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_POLICY__BASIC:
				return basic != null;
			case SchedulingV1alpha2Package.POD_GROUP_SCHEDULING_POLICY__GANG:
				return gang != null;
		}
		return super.eIsSet(featureID);
	}

} //PodGroupSchedulingPolicyImpl
