/**
 */
package io.pilothouse.model.k8s.scheduling.v1alpha2.impl;

import io.pilothouse.model.k8s.scheduling.v1alpha2.PodGroupResourceClaim;
import io.pilothouse.model.k8s.scheduling.v1alpha2.SchedulingV1alpha2Package;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pod Group Resource Claim</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupResourceClaimImpl#getName <em>Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupResourceClaimImpl#getResourceClaimName <em>Resource Claim Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.scheduling.v1alpha2.impl.PodGroupResourceClaimImpl#getResourceClaimTemplateName <em>Resource Claim Template Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodGroupResourceClaimImpl extends MinimalEObjectImpl.Container implements PodGroupResourceClaim {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getResourceClaimName() <em>Resource Claim Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceClaimName()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_CLAIM_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResourceClaimName() <em>Resource Claim Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceClaimName()
	 * @generated
	 * @ordered
	 */
	protected String resourceClaimName = RESOURCE_CLAIM_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getResourceClaimTemplateName() <em>Resource Claim Template Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceClaimTemplateName()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_CLAIM_TEMPLATE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResourceClaimTemplateName() <em>Resource Claim Template Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceClaimTemplateName()
	 * @generated
	 * @ordered
	 */
	protected String resourceClaimTemplateName = RESOURCE_CLAIM_TEMPLATE_NAME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodGroupResourceClaimImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SchedulingV1alpha2Package.Literals.POD_GROUP_RESOURCE_CLAIM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.POD_GROUP_RESOURCE_CLAIM__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResourceClaimName() {
		return resourceClaimName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceClaimName(String newResourceClaimName) {
		String oldResourceClaimName = resourceClaimName;
		resourceClaimName = newResourceClaimName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.POD_GROUP_RESOURCE_CLAIM__RESOURCE_CLAIM_NAME, oldResourceClaimName, resourceClaimName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResourceClaimTemplateName() {
		return resourceClaimTemplateName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceClaimTemplateName(String newResourceClaimTemplateName) {
		String oldResourceClaimTemplateName = resourceClaimTemplateName;
		resourceClaimTemplateName = newResourceClaimTemplateName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SchedulingV1alpha2Package.POD_GROUP_RESOURCE_CLAIM__RESOURCE_CLAIM_TEMPLATE_NAME, oldResourceClaimTemplateName, resourceClaimTemplateName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SchedulingV1alpha2Package.POD_GROUP_RESOURCE_CLAIM__NAME:
				return getName();
			case SchedulingV1alpha2Package.POD_GROUP_RESOURCE_CLAIM__RESOURCE_CLAIM_NAME:
				return getResourceClaimName();
			case SchedulingV1alpha2Package.POD_GROUP_RESOURCE_CLAIM__RESOURCE_CLAIM_TEMPLATE_NAME:
				return getResourceClaimTemplateName();
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
			case SchedulingV1alpha2Package.POD_GROUP_RESOURCE_CLAIM__NAME:
				setName((String)newValue);
				return;
			case SchedulingV1alpha2Package.POD_GROUP_RESOURCE_CLAIM__RESOURCE_CLAIM_NAME:
				setResourceClaimName((String)newValue);
				return;
			case SchedulingV1alpha2Package.POD_GROUP_RESOURCE_CLAIM__RESOURCE_CLAIM_TEMPLATE_NAME:
				setResourceClaimTemplateName((String)newValue);
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
			case SchedulingV1alpha2Package.POD_GROUP_RESOURCE_CLAIM__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SchedulingV1alpha2Package.POD_GROUP_RESOURCE_CLAIM__RESOURCE_CLAIM_NAME:
				setResourceClaimName(RESOURCE_CLAIM_NAME_EDEFAULT);
				return;
			case SchedulingV1alpha2Package.POD_GROUP_RESOURCE_CLAIM__RESOURCE_CLAIM_TEMPLATE_NAME:
				setResourceClaimTemplateName(RESOURCE_CLAIM_TEMPLATE_NAME_EDEFAULT);
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
			case SchedulingV1alpha2Package.POD_GROUP_RESOURCE_CLAIM__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SchedulingV1alpha2Package.POD_GROUP_RESOURCE_CLAIM__RESOURCE_CLAIM_NAME:
				return RESOURCE_CLAIM_NAME_EDEFAULT == null ? resourceClaimName != null : !RESOURCE_CLAIM_NAME_EDEFAULT.equals(resourceClaimName);
			case SchedulingV1alpha2Package.POD_GROUP_RESOURCE_CLAIM__RESOURCE_CLAIM_TEMPLATE_NAME:
				return RESOURCE_CLAIM_TEMPLATE_NAME_EDEFAULT == null ? resourceClaimTemplateName != null : !RESOURCE_CLAIM_TEMPLATE_NAME_EDEFAULT.equals(resourceClaimTemplateName);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", resourceClaimName: ");
		result.append(resourceClaimName);
		result.append(", resourceClaimTemplateName: ");
		result.append(resourceClaimTemplateName);
		result.append(')');
		return result.toString();
	}

} //PodGroupResourceClaimImpl
