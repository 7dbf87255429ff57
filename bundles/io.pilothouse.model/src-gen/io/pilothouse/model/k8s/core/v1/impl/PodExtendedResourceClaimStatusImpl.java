/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.ContainerExtendedResourceRequest;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.PodExtendedResourceClaimStatus;

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
 * An implementation of the model object '<em><b>Pod Extended Resource Claim Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodExtendedResourceClaimStatusImpl#getRequestMappings <em>Request Mappings</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PodExtendedResourceClaimStatusImpl#getResourceClaimName <em>Resource Claim Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PodExtendedResourceClaimStatusImpl extends MinimalEObjectImpl.Container implements PodExtendedResourceClaimStatus {
	/**
	 * The cached value of the '{@link #getRequestMappings() <em>Request Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<ContainerExtendedResourceRequest> requestMappings;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PodExtendedResourceClaimStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.POD_EXTENDED_RESOURCE_CLAIM_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContainerExtendedResourceRequest> getRequestMappings() {
		if (requestMappings == null) {
			requestMappings = new EObjectContainmentEList<ContainerExtendedResourceRequest>(ContainerExtendedResourceRequest.class, this, CoreV1Package.POD_EXTENDED_RESOURCE_CLAIM_STATUS__REQUEST_MAPPINGS);
		}
		return requestMappings;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.POD_EXTENDED_RESOURCE_CLAIM_STATUS__RESOURCE_CLAIM_NAME, oldResourceClaimName, resourceClaimName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.POD_EXTENDED_RESOURCE_CLAIM_STATUS__REQUEST_MAPPINGS:
				return ((InternalEList<?>)getRequestMappings()).basicRemove(otherEnd, msgs);
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
			case CoreV1Package.POD_EXTENDED_RESOURCE_CLAIM_STATUS__REQUEST_MAPPINGS:
				return getRequestMappings();
			case CoreV1Package.POD_EXTENDED_RESOURCE_CLAIM_STATUS__RESOURCE_CLAIM_NAME:
				return getResourceClaimName();
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
			case CoreV1Package.POD_EXTENDED_RESOURCE_CLAIM_STATUS__REQUEST_MAPPINGS:
				getRequestMappings().clear();
				getRequestMappings().addAll((Collection<? extends ContainerExtendedResourceRequest>)newValue);
				return;
			case CoreV1Package.POD_EXTENDED_RESOURCE_CLAIM_STATUS__RESOURCE_CLAIM_NAME:
				setResourceClaimName((String)newValue);
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
			case CoreV1Package.POD_EXTENDED_RESOURCE_CLAIM_STATUS__REQUEST_MAPPINGS:
				getRequestMappings().clear();
				return;
			case CoreV1Package.POD_EXTENDED_RESOURCE_CLAIM_STATUS__RESOURCE_CLAIM_NAME:
				setResourceClaimName(RESOURCE_CLAIM_NAME_EDEFAULT);
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
			case CoreV1Package.POD_EXTENDED_RESOURCE_CLAIM_STATUS__REQUEST_MAPPINGS:
				return requestMappings != null && !requestMappings.isEmpty();
			case CoreV1Package.POD_EXTENDED_RESOURCE_CLAIM_STATUS__RESOURCE_CLAIM_NAME:
				return RESOURCE_CLAIM_NAME_EDEFAULT == null ? resourceClaimName != null : !RESOURCE_CLAIM_NAME_EDEFAULT.equals(resourceClaimName);
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
		result.append(" (resourceClaimName: ");
		result.append(resourceClaimName);
		result.append(')');
		return result.toString();
	}

} //PodExtendedResourceClaimStatusImpl
