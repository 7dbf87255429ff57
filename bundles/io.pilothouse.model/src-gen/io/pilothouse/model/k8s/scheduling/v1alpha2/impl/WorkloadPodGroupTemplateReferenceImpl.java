/**
 */
package io.pilothouse.model.k8s.scheduling.v1alpha2.impl;

import io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package;
import io.pilothouse.model.k8s.scheduling.v1alpha2.WorkloadPodGroupTemplateReference;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Workload Pod Group Template Reference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadPodGroupTemplateReferenceImpl#getPodGroupTemplateName <em>Pod Group Template Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.WorkloadPodGroupTemplateReferenceImpl#getWorkloadName <em>Workload Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkloadPodGroupTemplateReferenceImpl extends MinimalEObjectImpl.Container implements WorkloadPodGroupTemplateReference {
	/**
	 * The default value of the '{@link #getPodGroupTemplateName() <em>Pod Group Template Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodGroupTemplateName()
	 * @generated
	 * @ordered
	 */
	protected static final String POD_GROUP_TEMPLATE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPodGroupTemplateName() <em>Pod Group Template Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodGroupTemplateName()
	 * @generated
	 * @ordered
	 */
	protected String podGroupTemplateName = POD_GROUP_TEMPLATE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorkloadName() <em>Workload Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkloadName()
	 * @generated
	 * @ordered
	 */
	protected static final String WORKLOAD_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWorkloadName() <em>Workload Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkloadName()
	 * @generated
	 * @ordered
	 */
	protected String workloadName = WORKLOAD_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkloadPodGroupTemplateReferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedulingV1alpha2Package.Literals.WORKLOAD_POD_GROUP_TEMPLATE_REFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPodGroupTemplateName() {
		return podGroupTemplateName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPodGroupTemplateName(String newPodGroupTemplateName) {
		String oldPodGroupTemplateName = podGroupTemplateName;
		podGroupTemplateName = newPodGroupTemplateName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.WORKLOAD_POD_GROUP_TEMPLATE_REFERENCE__POD_GROUP_TEMPLATE_NAME, oldPodGroupTemplateName, podGroupTemplateName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWorkloadName() {
		return workloadName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkloadName(String newWorkloadName) {
		String oldWorkloadName = workloadName;
		workloadName = newWorkloadName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.WORKLOAD_POD_GROUP_TEMPLATE_REFERENCE__WORKLOAD_NAME, oldWorkloadName, workloadName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchedulingV1alpha2Package.WORKLOAD_POD_GROUP_TEMPLATE_REFERENCE__POD_GROUP_TEMPLATE_NAME:
				return getPodGroupTemplateName();
			case SchedulingV1alpha2Package.WORKLOAD_POD_GROUP_TEMPLATE_REFERENCE__WORKLOAD_NAME:
				return getWorkloadName();
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
			case SchedulingV1alpha2Package.WORKLOAD_POD_GROUP_TEMPLATE_REFERENCE__POD_GROUP_TEMPLATE_NAME:
				setPodGroupTemplateName((String)newValue);
				return;
			case SchedulingV1alpha2Package.WORKLOAD_POD_GROUP_TEMPLATE_REFERENCE__WORKLOAD_NAME:
				setWorkloadName((String)newValue);
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
			case SchedulingV1alpha2Package.WORKLOAD_POD_GROUP_TEMPLATE_REFERENCE__POD_GROUP_TEMPLATE_NAME:
				setPodGroupTemplateName(POD_GROUP_TEMPLATE_NAME_EDEFAULT);
				return;
			case SchedulingV1alpha2Package.WORKLOAD_POD_GROUP_TEMPLATE_REFERENCE__WORKLOAD_NAME:
				setWorkloadName(WORKLOAD_NAME_EDEFAULT);
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
			case SchedulingV1alpha2Package.WORKLOAD_POD_GROUP_TEMPLATE_REFERENCE__POD_GROUP_TEMPLATE_NAME:
				return POD_GROUP_TEMPLATE_NAME_EDEFAULT == null ? podGroupTemplateName != null : !POD_GROUP_TEMPLATE_NAME_EDEFAULT.equals(podGroupTemplateName);
			case SchedulingV1alpha2Package.WORKLOAD_POD_GROUP_TEMPLATE_REFERENCE__WORKLOAD_NAME:
				return WORKLOAD_NAME_EDEFAULT == null ? workloadName != null : !WORKLOAD_NAME_EDEFAULT.equals(workloadName);
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
		result.append(" (podGroupTemplateName: ");
		result.append(podGroupTemplateName);
		result.append(", workloadName: ");
		result.append(workloadName);
		result.append(')');
		return result.toString();
	}

} //WorkloadPodGroupTemplateReferenceImpl
