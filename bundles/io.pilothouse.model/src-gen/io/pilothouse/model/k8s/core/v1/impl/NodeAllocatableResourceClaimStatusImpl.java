/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.NodeAllocatableResourceClaimStatus;

import io.pilothouse.model.types.Quantity;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Allocatable Resource Claim Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeAllocatableResourceClaimStatusImpl#getContainers <em>Containers</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeAllocatableResourceClaimStatusImpl#getResourceClaimName <em>Resource Claim Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.NodeAllocatableResourceClaimStatusImpl#getResources <em>Resources</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeAllocatableResourceClaimStatusImpl extends MinimalEObjectImpl.Container implements NodeAllocatableResourceClaimStatus {
	/**
	 * The cached value of the '{@link #getContainers() <em>Containers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> containers;

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
	 * The cached value of the '{@link #getResources() <em>Resources</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResources()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> resources;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeAllocatableResourceClaimStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getContainers() {
		if (containers == null) {
			containers = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUS__CONTAINERS);
		}
		return containers;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUS__RESOURCE_CLAIM_NAME, oldResourceClaimName, resourceClaimName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getResources() {
		if (resources == null) {
			resources = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUS__RESOURCES);
		}
		return resources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUS__RESOURCES:
				return ((InternalEList<?>)getResources()).basicRemove(otherEnd, msgs);
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
			case CoreV1Package.NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUS__CONTAINERS:
				return getContainers();
			case CoreV1Package.NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUS__RESOURCE_CLAIM_NAME:
				return getResourceClaimName();
			case CoreV1Package.NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUS__RESOURCES:
				if (coreType) return getResources();
				else return getResources().map();
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
			case CoreV1Package.NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUS__CONTAINERS:
				getContainers().clear();
				getContainers().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUS__RESOURCE_CLAIM_NAME:
				setResourceClaimName((String)newValue);
				return;
			case CoreV1Package.NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUS__RESOURCES:
				((EStructuralFeature.Setting)getResources()).set(newValue);
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
			case CoreV1Package.NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUS__CONTAINERS:
				getContainers().clear();
				return;
			case CoreV1Package.NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUS__RESOURCE_CLAIM_NAME:
				setResourceClaimName(RESOURCE_CLAIM_NAME_EDEFAULT);
				return;
			case CoreV1Package.NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUS__RESOURCES:
				getResources().clear();
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
			case CoreV1Package.NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUS__CONTAINERS:
				return containers != null && !containers.isEmpty();
			case CoreV1Package.NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUS__RESOURCE_CLAIM_NAME:
				return RESOURCE_CLAIM_NAME_EDEFAULT == null ? resourceClaimName != null : !RESOURCE_CLAIM_NAME_EDEFAULT.equals(resourceClaimName);
			case CoreV1Package.NODE_ALLOCATABLE_RESOURCE_CLAIM_STATUS__RESOURCES:
				return resources != null && !resources.isEmpty();
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
		result.append(" (containers: ");
		result.append(containers);
		result.append(", resourceClaimName: ");
		result.append(resourceClaimName);
		result.append(')');
		return result.toString();
	}

} //NodeAllocatableResourceClaimStatusImpl
