/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.PodSchedulingGroup;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pod Scheduling Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodSchedulingGroupImpl#getPodGroupName <em>Pod Group Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodSchedulingGroupImpl extends MinimalEObjectImpl.Container implements PodSchedulingGroup {
	/**
	 * The default value of the '{@link #getPodGroupName() <em>Pod Group Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodGroupName()
	 * @generated
	 * @ordered
	 */
	protected static final String POD_GROUP_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPodGroupName() <em>Pod Group Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodGroupName()
	 * @generated
	 * @ordered
	 */
	protected String podGroupName = POD_GROUP_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodSchedulingGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.POD_SCHEDULING_GROUP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPodGroupName() {
		return podGroupName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPodGroupName(String newPodGroupName) {
		String oldPodGroupName = podGroupName;
		podGroupName = newPodGroupName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_SCHEDULING_GROUP__POD_GROUP_NAME, oldPodGroupName, podGroupName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CoreV1Package.POD_SCHEDULING_GROUP__POD_GROUP_NAME:
				return getPodGroupName();
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
			case CoreV1Package.POD_SCHEDULING_GROUP__POD_GROUP_NAME:
				setPodGroupName((String)newValue);
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
			case CoreV1Package.POD_SCHEDULING_GROUP__POD_GROUP_NAME:
				setPodGroupName(POD_GROUP_NAME_EDEFAULT);
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
			case CoreV1Package.POD_SCHEDULING_GROUP__POD_GROUP_NAME:
				return POD_GROUP_NAME_EDEFAULT == null ? podGroupName != null : !POD_GROUP_NAME_EDEFAULT.equals(podGroupName);
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
		result.append(" (podGroupName: ");
		result.append(podGroupName);
		result.append(')');
		return result.toString();
	}

} //PodSchedulingGroupImpl
