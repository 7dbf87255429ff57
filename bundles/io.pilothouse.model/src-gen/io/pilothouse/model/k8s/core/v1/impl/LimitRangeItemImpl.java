/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.LimitRangeItem;

import io.pilothouse.model.types.Quantity;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Limit Range Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LimitRangeItemImpl#getDefault <em>Default</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LimitRangeItemImpl#getDefaultRequest <em>Default Request</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LimitRangeItemImpl#getMax <em>Max</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LimitRangeItemImpl#getMaxLimitRequestRatio <em>Max Limit Request Ratio</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LimitRangeItemImpl#getMin <em>Min</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.LimitRangeItemImpl#getType <em>Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LimitRangeItemImpl extends MinimalEObjectImpl.Container implements LimitRangeItem {
	/**
	 * The cached value of the '{@link #getDefault() <em>Default</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefault()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> default_;

	/**
	 * The cached value of the '{@link #getDefaultRequest() <em>Default Request</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultRequest()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> defaultRequest;

	/**
	 * The cached value of the '{@link #getMax() <em>Max</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> max;

	/**
	 * The cached value of the '{@link #getMaxLimitRequestRatio() <em>Max Limit Request Ratio</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxLimitRequestRatio()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> maxLimitRequestRatio;

	/**
	 * The cached value of the '{@link #getMin() <em>Min</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMin()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, Quantity> min;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LimitRangeItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.LIMIT_RANGE_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getDefault() {
		if (default_ == null) {
			default_ = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.LIMIT_RANGE_ITEM__DEFAULT);
		}
		return default_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getDefaultRequest() {
		if (defaultRequest == null) {
			defaultRequest = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.LIMIT_RANGE_ITEM__DEFAULT_REQUEST);
		}
		return defaultRequest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getMax() {
		if (max == null) {
			max = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.LIMIT_RANGE_ITEM__MAX);
		}
		return max;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getMaxLimitRequestRatio() {
		if (maxLimitRequestRatio == null) {
			maxLimitRequestRatio = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.LIMIT_RANGE_ITEM__MAX_LIMIT_REQUEST_RATIO);
		}
		return maxLimitRequestRatio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, Quantity> getMin() {
		if (min == null) {
			min = new EcoreEMap<String,Quantity>(CoreV1Package.Literals.QUANTITY_MAP_ENTRY, QuantityMapEntryImpl.class, this, CoreV1Package.LIMIT_RANGE_ITEM__MIN);
		}
		return min;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType) {
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.LIMIT_RANGE_ITEM__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.LIMIT_RANGE_ITEM__DEFAULT:
				return ((InternalEList<?>)getDefault()).basicRemove(otherEnd, msgs);
			case CoreV1Package.LIMIT_RANGE_ITEM__DEFAULT_REQUEST:
				return ((InternalEList<?>)getDefaultRequest()).basicRemove(otherEnd, msgs);
			case CoreV1Package.LIMIT_RANGE_ITEM__MAX:
				return ((InternalEList<?>)getMax()).basicRemove(otherEnd, msgs);
			case CoreV1Package.LIMIT_RANGE_ITEM__MAX_LIMIT_REQUEST_RATIO:
				return ((InternalEList<?>)getMaxLimitRequestRatio()).basicRemove(otherEnd, msgs);
			case CoreV1Package.LIMIT_RANGE_ITEM__MIN:
				return ((InternalEList<?>)getMin()).basicRemove(otherEnd, msgs);
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
			case CoreV1Package.LIMIT_RANGE_ITEM__DEFAULT:
				if (coreType) return getDefault();
				else return getDefault().map();
			case CoreV1Package.LIMIT_RANGE_ITEM__DEFAULT_REQUEST:
				if (coreType) return getDefaultRequest();
				else return getDefaultRequest().map();
			case CoreV1Package.LIMIT_RANGE_ITEM__MAX:
				if (coreType) return getMax();
				else return getMax().map();
			case CoreV1Package.LIMIT_RANGE_ITEM__MAX_LIMIT_REQUEST_RATIO:
				if (coreType) return getMaxLimitRequestRatio();
				else return getMaxLimitRequestRatio().map();
			case CoreV1Package.LIMIT_RANGE_ITEM__MIN:
				if (coreType) return getMin();
				else return getMin().map();
			case CoreV1Package.LIMIT_RANGE_ITEM__TYPE:
				return getType();
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
			case CoreV1Package.LIMIT_RANGE_ITEM__DEFAULT:
				((EStructuralFeature.Setting)getDefault()).set(newValue);
				return;
			case CoreV1Package.LIMIT_RANGE_ITEM__DEFAULT_REQUEST:
				((EStructuralFeature.Setting)getDefaultRequest()).set(newValue);
				return;
			case CoreV1Package.LIMIT_RANGE_ITEM__MAX:
				((EStructuralFeature.Setting)getMax()).set(newValue);
				return;
			case CoreV1Package.LIMIT_RANGE_ITEM__MAX_LIMIT_REQUEST_RATIO:
				((EStructuralFeature.Setting)getMaxLimitRequestRatio()).set(newValue);
				return;
			case CoreV1Package.LIMIT_RANGE_ITEM__MIN:
				((EStructuralFeature.Setting)getMin()).set(newValue);
				return;
			case CoreV1Package.LIMIT_RANGE_ITEM__TYPE:
				setType((String)newValue);
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
			case CoreV1Package.LIMIT_RANGE_ITEM__DEFAULT:
				getDefault().clear();
				return;
			case CoreV1Package.LIMIT_RANGE_ITEM__DEFAULT_REQUEST:
				getDefaultRequest().clear();
				return;
			case CoreV1Package.LIMIT_RANGE_ITEM__MAX:
				getMax().clear();
				return;
			case CoreV1Package.LIMIT_RANGE_ITEM__MAX_LIMIT_REQUEST_RATIO:
				getMaxLimitRequestRatio().clear();
				return;
			case CoreV1Package.LIMIT_RANGE_ITEM__MIN:
				getMin().clear();
				return;
			case CoreV1Package.LIMIT_RANGE_ITEM__TYPE:
				setType(TYPE_EDEFAULT);
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
			case CoreV1Package.LIMIT_RANGE_ITEM__DEFAULT:
				return default_ != null && !default_.isEmpty();
			case CoreV1Package.LIMIT_RANGE_ITEM__DEFAULT_REQUEST:
				return defaultRequest != null && !defaultRequest.isEmpty();
			case CoreV1Package.LIMIT_RANGE_ITEM__MAX:
				return max != null && !max.isEmpty();
			case CoreV1Package.LIMIT_RANGE_ITEM__MAX_LIMIT_REQUEST_RATIO:
				return maxLimitRequestRatio != null && !maxLimitRequestRatio.isEmpty();
			case CoreV1Package.LIMIT_RANGE_ITEM__MIN:
				return min != null && !min.isEmpty();
			case CoreV1Package.LIMIT_RANGE_ITEM__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
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
		result.append(" (type: ");
		result.append(type);
		result.append(')');
		return result.toString();
	}

} //LimitRangeItemImpl
