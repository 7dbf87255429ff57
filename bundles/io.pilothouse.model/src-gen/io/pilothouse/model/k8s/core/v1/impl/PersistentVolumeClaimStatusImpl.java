/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.ModifyVolumeStatus;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimCondition;
import io.pilothouse.model.k8s.core.v1.PersistentVolumeClaimStatus;

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
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Persistent Volume Claim Status</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeClaimStatusImpl#getAccessModes <em>Access Modes</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeClaimStatusImpl#getAllocatedResourceStatuses <em>Allocated Resource Statuses</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeClaimStatusImpl#getAllocatedResources <em>Allocated Resources</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeClaimStatusImpl#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeClaimStatusImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeClaimStatusImpl#getCurrentVolumeAttributesClassName <em>Current Volume Attributes Class Name</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeClaimStatusImpl#getModifyVolumeStatus <em>Modify Volume Status</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.PersistentVolumeClaimStatusImpl#getPhase <em>Phase</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersistentVolumeClaimStatusImpl extends MinimalEObjectImpl.Container implements PersistentVolumeClaimStatus {
	/**
	 * The cached value of the '{@link #getAccessModes() <em>Access Modes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccessModes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> accessModes;

	/**
	 * The cached value of the '{@link #getAllocatedResourceStatuses() <em>Allocated Resource Statuses</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocatedResourceStatuses()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> allocatedResourceStatuses;

	/**
	 * The cached value of the '{@link #getAllocatedResources() <em>Allocated Resources</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocatedResources()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> allocatedResources;

	/**
	 * The cached value of the '{@link #getCapacity() <em>Capacity</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> capacity;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<PersistentVolumeClaimCondition> conditions;

	/**
	 * The default value of the '{@link #getCurrentVolumeAttributesClassName() <em>Current Volume Attributes Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentVolumeAttributesClassName()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENT_VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrentVolumeAttributesClassName() <em>Current Volume Attributes Class Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrentVolumeAttributesClassName()
	 * @generated
	 * @ordered
	 */
	protected String currentVolumeAttributesClassName = CURRENT_VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getModifyVolumeStatus() <em>Modify Volume Status</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifyVolumeStatus()
	 * @generated
	 * @ordered
	 */
	protected ModifyVolumeStatus modifyVolumeStatus;

	/**
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final String PHASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected String phase = PHASE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersistentVolumeClaimStatusImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.PERSISTENT_VOLUME_CLAIM_STATUS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAccessModes() {
		if (accessModes == null) {
			accessModes = new EDataTypeUniqueEList<String>(String.class, this, CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__ACCESS_MODES);
		}
		return accessModes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getAllocatedResourceStatuses() {
		if (allocatedResourceStatuses == null) {
			allocatedResourceStatuses = new EcoreEMap<String,String>(CoreV1Package.Literals.STRING_MAP_ENTRY, StringMapEntryImpl.class, this, CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__ALLOCATED_RESOURCE_STATUSES);
		}
		return allocatedResourceStatuses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getAllocatedResources() {
		if (allocatedResources == null) {
			allocatedResources = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__ALLOCATED_RESOURCES);
		}
		return allocatedResources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getCapacity() {
		if (capacity == null) {
			capacity = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__CAPACITY);
		}
		return capacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PersistentVolumeClaimCondition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<PersistentVolumeClaimCondition>(PersistentVolumeClaimCondition.class, this, CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrentVolumeAttributesClassName() {
		return currentVolumeAttributesClassName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentVolumeAttributesClassName(String newCurrentVolumeAttributesClassName) {
		String oldCurrentVolumeAttributesClassName = currentVolumeAttributesClassName;
		currentVolumeAttributesClassName = newCurrentVolumeAttributesClassName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__CURRENT_VOLUME_ATTRIBUTES_CLASS_NAME, oldCurrentVolumeAttributesClassName, currentVolumeAttributesClassName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModifyVolumeStatus getModifyVolumeStatus() {
		return modifyVolumeStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetModifyVolumeStatus(ModifyVolumeStatus newModifyVolumeStatus, NotificationChain msgs) {
		ModifyVolumeStatus oldModifyVolumeStatus = modifyVolumeStatus;
		modifyVolumeStatus = newModifyVolumeStatus;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__MODIFY_VOLUME_STATUS, oldModifyVolumeStatus, newModifyVolumeStatus);
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
	public void setModifyVolumeStatus(ModifyVolumeStatus newModifyVolumeStatus) {
		if (newModifyVolumeStatus != modifyVolumeStatus) {
			NotificationChain msgs = null;
			if (modifyVolumeStatus != null)
				msgs = ((InternalEObject)modifyVolumeStatus).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__MODIFY_VOLUME_STATUS, null, msgs);
			if (newModifyVolumeStatus != null)
				msgs = ((InternalEObject)newModifyVolumeStatus).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__MODIFY_VOLUME_STATUS, null, msgs);
			msgs = basicSetModifyVolumeStatus(newModifyVolumeStatus, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__MODIFY_VOLUME_STATUS, newModifyVolumeStatus, newModifyVolumeStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(String newPhase) {
		String oldPhase = phase;
		phase = newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__PHASE, oldPhase, phase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__ALLOCATED_RESOURCE_STATUSES:
				return ((InternalEList<?>)getAllocatedResourceStatuses()).basicRemove(otherEnd, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__ALLOCATED_RESOURCES:
				return ((InternalEList<?>)getAllocatedResources()).basicRemove(otherEnd, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__CAPACITY:
				return ((InternalEList<?>)getCapacity()).basicRemove(otherEnd, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__MODIFY_VOLUME_STATUS:
				return basicSetModifyVolumeStatus(null, msgs);
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
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__ACCESS_MODES:
				return getAccessModes();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__ALLOCATED_RESOURCE_STATUSES:
				if (coreType) return getAllocatedResourceStatuses();
				else return getAllocatedResourceStatuses().map();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__ALLOCATED_RESOURCES:
				if (coreType) return getAllocatedResources();
				else return getAllocatedResources().map();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__CAPACITY:
				if (coreType) return getCapacity();
				else return getCapacity().map();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__CONDITIONS:
				return getConditions();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__CURRENT_VOLUME_ATTRIBUTES_CLASS_NAME:
				return getCurrentVolumeAttributesClassName();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__MODIFY_VOLUME_STATUS:
				return getModifyVolumeStatus();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__PHASE:
				return getPhase();
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
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__ACCESS_MODES:
				getAccessModes().clear();
				getAccessModes().addAll((Collection<? extends String>)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__ALLOCATED_RESOURCE_STATUSES:
				((EStructuralFeature.Setting)getAllocatedResourceStatuses()).set(newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__ALLOCATED_RESOURCES:
				((EStructuralFeature.Setting)getAllocatedResources()).set(newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__CAPACITY:
				((EStructuralFeature.Setting)getCapacity()).set(newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends PersistentVolumeClaimCondition>)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__CURRENT_VOLUME_ATTRIBUTES_CLASS_NAME:
				setCurrentVolumeAttributesClassName((String)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__MODIFY_VOLUME_STATUS:
				setModifyVolumeStatus((ModifyVolumeStatus)newValue);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__PHASE:
				setPhase((String)newValue);
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
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__ACCESS_MODES:
				getAccessModes().clear();
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__ALLOCATED_RESOURCE_STATUSES:
				getAllocatedResourceStatuses().clear();
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__ALLOCATED_RESOURCES:
				getAllocatedResources().clear();
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__CAPACITY:
				getCapacity().clear();
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__CONDITIONS:
				getConditions().clear();
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__CURRENT_VOLUME_ATTRIBUTES_CLASS_NAME:
				setCurrentVolumeAttributesClassName(CURRENT_VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__MODIFY_VOLUME_STATUS:
				setModifyVolumeStatus((ModifyVolumeStatus)null);
				return;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__PHASE:
				setPhase(PHASE_EDEFAULT);
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
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__ACCESS_MODES:
				return accessModes != null && !accessModes.isEmpty();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__ALLOCATED_RESOURCE_STATUSES:
				return allocatedResourceStatuses != null && !allocatedResourceStatuses.isEmpty();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__ALLOCATED_RESOURCES:
				return allocatedResources != null && !allocatedResources.isEmpty();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__CAPACITY:
				return capacity != null && !capacity.isEmpty();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__CURRENT_VOLUME_ATTRIBUTES_CLASS_NAME:
				return CURRENT_VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT == null ? currentVolumeAttributesClassName != null : !CURRENT_VOLUME_ATTRIBUTES_CLASS_NAME_EDEFAULT.equals(currentVolumeAttributesClassName);
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__MODIFY_VOLUME_STATUS:
				return modifyVolumeStatus != null;
			case CoreV1Package.PERSISTENT_VOLUME_CLAIM_STATUS__PHASE:
				return PHASE_EDEFAULT == null ? phase != null : !PHASE_EDEFAULT.equals(phase);
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
		result.append(" (accessModes: ");
		result.append(accessModes);
		result.append(", currentVolumeAttributesClassName: ");
		result.append(currentVolumeAttributesClassName);
		result.append(", phase: ");
		result.append(phase);
		result.append(')');
		return result.toString();
	}

} //PersistentVolumeClaimStatusImpl
