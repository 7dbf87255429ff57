/**
 */
package io.pilothouse.model.k8s.scheduling.v1alpha2.impl;

import io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaim;
import io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSchedulingConstraints;
import io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSchedulingPolicy;
import io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupSpec;
import io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupTemplateReference;
import io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package;

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
 * An implementation of the model object '<em><b>Pod Group Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSpecImpl#getDisruptionMode <em>Disruption Mode</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSpecImpl#getPodGroupTemplateRef <em>Pod Group Template Ref</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSpecImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSpecImpl#getPriorityClassName <em>Priority Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSpecImpl#getResourceClaims <em>Resource Claims</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSpecImpl#getSchedulingConstraints <em>Scheduling Constraints</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupSpecImpl#getSchedulingPolicy <em>Scheduling Policy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodGroupSpecImpl extends MinimalEObjectImpl.Container implements PodGroupSpec {
	/**
	 * The default value of the '{@link #getDisruptionMode() <em>Disruption Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisruptionMode()
	 * @generated
	 * @ordered
	 */
	protected static final String DISRUPTION_MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisruptionMode() <em>Disruption Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisruptionMode()
	 * @generated
	 * @ordered
	 */
	protected String disruptionMode = DISRUPTION_MODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPodGroupTemplateRef() <em>Pod Group Template Ref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodGroupTemplateRef()
	 * @generated
	 * @ordered
	 */
	protected PodGroupTemplateReference podGroupTemplateRef;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final Integer PRIORITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected Integer priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriorityClassName() <em>Priority Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriorityClassName()
	 * @generated
	 * @ordered
	 */
	protected static final String PRIORITY_CLASS_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPriorityClassName() <em>Priority Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriorityClassName()
	 * @generated
	 * @ordered
	 */
	protected String priorityClassName = PRIORITY_CLASS_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResourceClaims() <em>Resource Claims</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceClaims()
	 * @generated
	 * @ordered
	 */
	protected EList<PodGroupResourceClaim> resourceClaims;

	/**
	 * The cached value of the '{@link #getSchedulingConstraints() <em>Scheduling Constraints</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedulingConstraints()
	 * @generated
	 * @ordered
	 */
	protected PodGroupSchedulingConstraints schedulingConstraints;

	/**
	 * The cached value of the '{@link #getSchedulingPolicy() <em>Scheduling Policy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedulingPolicy()
	 * @generated
	 * @ordered
	 */
	protected PodGroupSchedulingPolicy schedulingPolicy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodGroupSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedulingV1alpha2Package.Literals.POD_GROUP_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisruptionMode() {
		return disruptionMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisruptionMode(String newDisruptionMode) {
		String oldDisruptionMode = disruptionMode;
		disruptionMode = newDisruptionMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.POD_GROUP_SPEC__DISRUPTION_MODE, oldDisruptionMode, disruptionMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodGroupTemplateReference getPodGroupTemplateRef() {
		return podGroupTemplateRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPodGroupTemplateRef(PodGroupTemplateReference newPodGroupTemplateRef, NotificationChain msgs) {
		PodGroupTemplateReference oldPodGroupTemplateRef = podGroupTemplateRef;
		podGroupTemplateRef = newPodGroupTemplateRef;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.POD_GROUP_SPEC__POD_GROUP_TEMPLATE_REF, oldPodGroupTemplateRef, newPodGroupTemplateRef);
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
	public void setPodGroupTemplateRef(PodGroupTemplateReference newPodGroupTemplateRef) {
		if (newPodGroupTemplateRef != podGroupTemplateRef) {
			NotificationChain msgs = null;
			if (podGroupTemplateRef != null)
				msgs = ((InternalEObject)podGroupTemplateRef).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SchedulingV1alpha2Package.POD_GROUP_SPEC__POD_GROUP_TEMPLATE_REF, null, msgs);
			if (newPodGroupTemplateRef != null)
				msgs = ((InternalEObject)newPodGroupTemplateRef).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SchedulingV1alpha2Package.POD_GROUP_SPEC__POD_GROUP_TEMPLATE_REF, null, msgs);
			msgs = basicSetPodGroupTemplateRef(newPodGroupTemplateRef, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.POD_GROUP_SPEC__POD_GROUP_TEMPLATE_REF, newPodGroupTemplateRef, newPodGroupTemplateRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(Integer newPriority) {
		Integer oldPriority = priority;
		priority = newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.POD_GROUP_SPEC__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPriorityClassName() {
		return priorityClassName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriorityClassName(String newPriorityClassName) {
		String oldPriorityClassName = priorityClassName;
		priorityClassName = newPriorityClassName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.POD_GROUP_SPEC__PRIORITY_CLASS_NAME, oldPriorityClassName, priorityClassName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PodGroupResourceClaim> getResourceClaims() {
		if (resourceClaims == null) {
			resourceClaims = new EObjectContainmentEList<PodGroupResourceClaim>(PodGroupResourceClaim.class, this, SchedulingV1alpha2Package.POD_GROUP_SPEC__RESOURCE_CLAIMS);
		}
		return resourceClaims;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodGroupSchedulingConstraints getSchedulingConstraints() {
		return schedulingConstraints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSchedulingConstraints(PodGroupSchedulingConstraints newSchedulingConstraints, NotificationChain msgs) {
		PodGroupSchedulingConstraints oldSchedulingConstraints = schedulingConstraints;
		schedulingConstraints = newSchedulingConstraints;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.POD_GROUP_SPEC__SCHEDULING_CONSTRAINTS, oldSchedulingConstraints, newSchedulingConstraints);
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
	public void setSchedulingConstraints(PodGroupSchedulingConstraints newSchedulingConstraints) {
		if (newSchedulingConstraints != schedulingConstraints) {
			NotificationChain msgs = null;
			if (schedulingConstraints != null)
				msgs = ((InternalEObject)schedulingConstraints).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SchedulingV1alpha2Package.POD_GROUP_SPEC__SCHEDULING_CONSTRAINTS, null, msgs);
			if (newSchedulingConstraints != null)
				msgs = ((InternalEObject)newSchedulingConstraints).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SchedulingV1alpha2Package.POD_GROUP_SPEC__SCHEDULING_CONSTRAINTS, null, msgs);
			msgs = basicSetSchedulingConstraints(newSchedulingConstraints, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.POD_GROUP_SPEC__SCHEDULING_CONSTRAINTS, newSchedulingConstraints, newSchedulingConstraints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodGroupSchedulingPolicy getSchedulingPolicy() {
		return schedulingPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSchedulingPolicy(PodGroupSchedulingPolicy newSchedulingPolicy, NotificationChain msgs) {
		PodGroupSchedulingPolicy oldSchedulingPolicy = schedulingPolicy;
		schedulingPolicy = newSchedulingPolicy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.POD_GROUP_SPEC__SCHEDULING_POLICY, oldSchedulingPolicy, newSchedulingPolicy);
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
	public void setSchedulingPolicy(PodGroupSchedulingPolicy newSchedulingPolicy) {
		if (newSchedulingPolicy != schedulingPolicy) {
			NotificationChain msgs = null;
			if (schedulingPolicy != null)
				msgs = ((InternalEObject)schedulingPolicy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SchedulingV1alpha2Package.POD_GROUP_SPEC__SCHEDULING_POLICY, null, msgs);
			if (newSchedulingPolicy != null)
				msgs = ((InternalEObject)newSchedulingPolicy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SchedulingV1alpha2Package.POD_GROUP_SPEC__SCHEDULING_POLICY, null, msgs);
			msgs = basicSetSchedulingPolicy(newSchedulingPolicy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.POD_GROUP_SPEC__SCHEDULING_POLICY, newSchedulingPolicy, newSchedulingPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__POD_GROUP_TEMPLATE_REF:
				return basicSetPodGroupTemplateRef(null, msgs);
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__RESOURCE_CLAIMS:
				return ((InternalEList<?>)getResourceClaims()).basicRemove(otherEnd, msgs);
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__SCHEDULING_CONSTRAINTS:
				return basicSetSchedulingConstraints(null, msgs);
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__SCHEDULING_POLICY:
				return basicSetSchedulingPolicy(null, msgs);
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
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__DISRUPTION_MODE:
				return getDisruptionMode();
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__POD_GROUP_TEMPLATE_REF:
				return getPodGroupTemplateRef();
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__PRIORITY:
				return getPriority();
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__PRIORITY_CLASS_NAME:
				return getPriorityClassName();
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__RESOURCE_CLAIMS:
				return getResourceClaims();
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__SCHEDULING_CONSTRAINTS:
				return getSchedulingConstraints();
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__SCHEDULING_POLICY:
				return getSchedulingPolicy();
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
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__DISRUPTION_MODE:
				setDisruptionMode((String)newValue);
				return;
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__POD_GROUP_TEMPLATE_REF:
				setPodGroupTemplateRef((PodGroupTemplateReference)newValue);
				return;
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__PRIORITY:
				setPriority((Integer)newValue);
				return;
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__PRIORITY_CLASS_NAME:
				setPriorityClassName((String)newValue);
				return;
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__RESOURCE_CLAIMS:
				getResourceClaims().clear();
				getResourceClaims().addAll((Collection<? extends PodGroupResourceClaim>)newValue);
				return;
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__SCHEDULING_CONSTRAINTS:
				setSchedulingConstraints((PodGroupSchedulingConstraints)newValue);
				return;
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__SCHEDULING_POLICY:
				setSchedulingPolicy((PodGroupSchedulingPolicy)newValue);
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
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__DISRUPTION_MODE:
				setDisruptionMode(DISRUPTION_MODE_EDEFAULT);
				return;
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__POD_GROUP_TEMPLATE_REF:
				setPodGroupTemplateRef((PodGroupTemplateReference)null);
				return;
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__PRIORITY_CLASS_NAME:
				setPriorityClassName(PRIORITY_CLASS_NAME_EDEFAULT);
				return;
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__RESOURCE_CLAIMS:
				getResourceClaims().clear();
				return;
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__SCHEDULING_CONSTRAINTS:
				setSchedulingConstraints((PodGroupSchedulingConstraints)null);
				return;
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__SCHEDULING_POLICY:
				setSchedulingPolicy((PodGroupSchedulingPolicy)null);
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
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__DISRUPTION_MODE:
				return DISRUPTION_MODE_EDEFAULT == null ? disruptionMode != null : !DISRUPTION_MODE_EDEFAULT.equals(disruptionMode);
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__POD_GROUP_TEMPLATE_REF:
				return podGroupTemplateRef != null;
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__PRIORITY:
				return PRIORITY_EDEFAULT == null ? priority != null : !PRIORITY_EDEFAULT.equals(priority);
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__PRIORITY_CLASS_NAME:
				return PRIORITY_CLASS_NAME_EDEFAULT == null ? priorityClassName != null : !PRIORITY_CLASS_NAME_EDEFAULT.equals(priorityClassName);
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__RESOURCE_CLAIMS:
				return resourceClaims != null && !resourceClaims.isEmpty();
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__SCHEDULING_CONSTRAINTS:
				return schedulingConstraints != null;
			case SchedulingV1alpha2Package.POD_GROUP_SPEC__SCHEDULING_POLICY:
				return schedulingPolicy != null;
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
		result.append(" (disruptionMode: ");
		result.append(disruptionMode);
		result.append(", priority: ");
		result.append(priority);
		result.append(", priorityClassName: ");
		result.append(priorityClassName);
		result.append(')');
		return result.toString();
	}

} //PodGroupSpecImpl
