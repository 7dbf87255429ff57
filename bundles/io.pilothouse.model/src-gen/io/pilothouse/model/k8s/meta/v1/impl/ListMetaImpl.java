/**
 */
package io.pilothouse.model.k8s.meta.v1.impl;

import io.pilothouse.model.k8s.meta.v1.ListMeta;
import io.pilothouse.model.k8s.meta.v1.MetaV1Package;
import io.pilothouse.model.k8s.meta.v1.ShardInfo;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>List Meta</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ListMetaImpl#getContinue <em>Continue</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ListMetaImpl#getRemainingItemCount <em>Remaining Item Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ListMetaImpl#getResourceVersion <em>Resource Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ListMetaImpl#getSelfLink <em>Self Link</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.meta.v1.impl.ListMetaImpl#getShardInfo <em>Shard Info</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ListMetaImpl extends MinimalEObjectImpl.Container implements ListMeta {
	/**
	 * The default value of the '{@link #getContinue() <em>Continue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContinue()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTINUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContinue() <em>Continue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContinue()
	 * @generated
	 * @ordered
	 */
	protected String continue_ = CONTINUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemainingItemCount() <em>Remaining Item Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemainingItemCount()
	 * @generated
	 * @ordered
	 */
	protected static final Long REMAINING_ITEM_COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemainingItemCount() <em>Remaining Item Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemainingItemCount()
	 * @generated
	 * @ordered
	 */
	protected Long remainingItemCount = REMAINING_ITEM_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getResourceVersion() <em>Resource Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String RESOURCE_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResourceVersion() <em>Resource Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceVersion()
	 * @generated
	 * @ordered
	 */
	protected String resourceVersion = RESOURCE_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSelfLink() <em>Self Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelfLink()
	 * @generated
	 * @ordered
	 */
	protected static final String SELF_LINK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSelfLink() <em>Self Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelfLink()
	 * @generated
	 * @ordered
	 */
	protected String selfLink = SELF_LINK_EDEFAULT;

	/**
	 * The cached value of the '{@link #getShardInfo() <em>Shard Info</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShardInfo()
	 * @generated
	 * @ordered
	 */
	protected ShardInfo shardInfo;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ListMetaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MetaV1Package.Literals.LIST_META;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContinue() {
		return continue_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContinue(String newContinue) {
		String oldContinue = continue_;
		continue_ = newContinue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.LIST_META__CONTINUE, oldContinue, continue_));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getRemainingItemCount() {
		return remainingItemCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemainingItemCount(Long newRemainingItemCount) {
		Long oldRemainingItemCount = remainingItemCount;
		remainingItemCount = newRemainingItemCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.LIST_META__REMAINING_ITEM_COUNT, oldRemainingItemCount, remainingItemCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResourceVersion() {
		return resourceVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceVersion(String newResourceVersion) {
		String oldResourceVersion = resourceVersion;
		resourceVersion = newResourceVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.LIST_META__RESOURCE_VERSION, oldResourceVersion, resourceVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSelfLink() {
		return selfLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSelfLink(String newSelfLink) {
		String oldSelfLink = selfLink;
		selfLink = newSelfLink;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.LIST_META__SELF_LINK, oldSelfLink, selfLink));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShardInfo getShardInfo() {
		return shardInfo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetShardInfo(ShardInfo newShardInfo, NotificationChain msgs) {
		ShardInfo oldShardInfo = shardInfo;
		shardInfo = newShardInfo;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, MetaV1Package.LIST_META__SHARD_INFO, oldShardInfo, newShardInfo);
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
	public void setShardInfo(ShardInfo newShardInfo) {
		if (newShardInfo != shardInfo) {
			NotificationChain msgs = null;
			if (shardInfo != null)
				msgs = ((InternalEObject)shardInfo).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - MetaV1Package.LIST_META__SHARD_INFO, null, msgs);
			if (newShardInfo != null)
				msgs = ((InternalEObject)newShardInfo).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - MetaV1Package.LIST_META__SHARD_INFO, null, msgs);
			msgs = basicSetShardInfo(newShardInfo, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MetaV1Package.LIST_META__SHARD_INFO, newShardInfo, newShardInfo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MetaV1Package.LIST_META__SHARD_INFO:
				return basicSetShardInfo(null, msgs);
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
			case MetaV1Package.LIST_META__CONTINUE:
				return getContinue();
			case MetaV1Package.LIST_META__REMAINING_ITEM_COUNT:
				return getRemainingItemCount();
			case MetaV1Package.LIST_META__RESOURCE_VERSION:
				return getResourceVersion();
			case MetaV1Package.LIST_META__SELF_LINK:
				return getSelfLink();
			case MetaV1Package.LIST_META__SHARD_INFO:
				return getShardInfo();
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
			case MetaV1Package.LIST_META__CONTINUE:
				setContinue((String)newValue);
				return;
			case MetaV1Package.LIST_META__REMAINING_ITEM_COUNT:
				setRemainingItemCount((Long)newValue);
				return;
			case MetaV1Package.LIST_META__RESOURCE_VERSION:
				setResourceVersion((String)newValue);
				return;
			case MetaV1Package.LIST_META__SELF_LINK:
				setSelfLink((String)newValue);
				return;
			case MetaV1Package.LIST_META__SHARD_INFO:
				setShardInfo((ShardInfo)newValue);
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
			case MetaV1Package.LIST_META__CONTINUE:
				setContinue(CONTINUE_EDEFAULT);
				return;
			case MetaV1Package.LIST_META__REMAINING_ITEM_COUNT:
				setRemainingItemCount(REMAINING_ITEM_COUNT_EDEFAULT);
				return;
			case MetaV1Package.LIST_META__RESOURCE_VERSION:
				setResourceVersion(RESOURCE_VERSION_EDEFAULT);
				return;
			case MetaV1Package.LIST_META__SELF_LINK:
				setSelfLink(SELF_LINK_EDEFAULT);
				return;
			case MetaV1Package.LIST_META__SHARD_INFO:
				setShardInfo((ShardInfo)null);
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
			case MetaV1Package.LIST_META__CONTINUE:
				return CONTINUE_EDEFAULT == null ? continue_ != null : !CONTINUE_EDEFAULT.equals(continue_);
			case MetaV1Package.LIST_META__REMAINING_ITEM_COUNT:
				return REMAINING_ITEM_COUNT_EDEFAULT == null ? remainingItemCount != null : !REMAINING_ITEM_COUNT_EDEFAULT.equals(remainingItemCount);
			case MetaV1Package.LIST_META__RESOURCE_VERSION:
				return RESOURCE_VERSION_EDEFAULT == null ? resourceVersion != null : !RESOURCE_VERSION_EDEFAULT.equals(resourceVersion);
			case MetaV1Package.LIST_META__SELF_LINK:
				return SELF_LINK_EDEFAULT == null ? selfLink != null : !SELF_LINK_EDEFAULT.equals(selfLink);
			case MetaV1Package.LIST_META__SHARD_INFO:
				return shardInfo != null;
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
		result.append(" (continue: ");
		result.append(continue_);
		result.append(", remainingItemCount: ");
		result.append(remainingItemCount);
		result.append(", resourceVersion: ");
		result.append(resourceVersion);
		result.append(", selfLink: ");
		result.append(selfLink);
		result.append(')');
		return result.toString();
	}

} //ListMetaImpl
