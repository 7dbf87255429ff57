/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.Affinity;
import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.NodeAffinity;
import io.pilothouse.model.k8s.core.v1.PodAffinity;
import io.pilothouse.model.k8s.core.v1.PodAntiAffinity;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Affinity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.AffinityImpl#getNodeAffinity <em>Node Affinity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.AffinityImpl#getPodAffinity <em>Pod Affinity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.AffinityImpl#getPodAntiAffinity <em>Pod Anti Affinity</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AffinityImpl extends MinimalEObjectImpl.Container implements Affinity {
	/**
	 * The cached value of the '{@link #getNodeAffinity() <em>Node Affinity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeAffinity()
	 * @generated
	 * @ordered
	 */
	protected NodeAffinity nodeAffinity;

	/**
	 * The cached value of the '{@link #getPodAffinity() <em>Pod Affinity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodAffinity()
	 * @generated
	 * @ordered
	 */
	protected PodAffinity podAffinity;

	/**
	 * The cached value of the '{@link #getPodAntiAffinity() <em>Pod Anti Affinity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPodAntiAffinity()
	 * @generated
	 * @ordered
	 */
	protected PodAntiAffinity podAntiAffinity;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AffinityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.AFFINITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeAffinity getNodeAffinity() {
		return nodeAffinity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNodeAffinity(NodeAffinity newNodeAffinity, NotificationChain msgs) {
		NodeAffinity oldNodeAffinity = nodeAffinity;
		nodeAffinity = newNodeAffinity;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.AFFINITY__NODE_AFFINITY, oldNodeAffinity, newNodeAffinity);
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
	public void setNodeAffinity(NodeAffinity newNodeAffinity) {
		if (newNodeAffinity != nodeAffinity) {
			NotificationChain msgs = null;
			if (nodeAffinity != null)
				msgs = ((InternalEObject)nodeAffinity).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.AFFINITY__NODE_AFFINITY, null, msgs);
			if (newNodeAffinity != null)
				msgs = ((InternalEObject)newNodeAffinity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.AFFINITY__NODE_AFFINITY, null, msgs);
			msgs = basicSetNodeAffinity(newNodeAffinity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.AFFINITY__NODE_AFFINITY, newNodeAffinity, newNodeAffinity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodAffinity getPodAffinity() {
		return podAffinity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPodAffinity(PodAffinity newPodAffinity, NotificationChain msgs) {
		PodAffinity oldPodAffinity = podAffinity;
		podAffinity = newPodAffinity;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.AFFINITY__POD_AFFINITY, oldPodAffinity, newPodAffinity);
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
	public void setPodAffinity(PodAffinity newPodAffinity) {
		if (newPodAffinity != podAffinity) {
			NotificationChain msgs = null;
			if (podAffinity != null)
				msgs = ((InternalEObject)podAffinity).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.AFFINITY__POD_AFFINITY, null, msgs);
			if (newPodAffinity != null)
				msgs = ((InternalEObject)newPodAffinity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.AFFINITY__POD_AFFINITY, null, msgs);
			msgs = basicSetPodAffinity(newPodAffinity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.AFFINITY__POD_AFFINITY, newPodAffinity, newPodAffinity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PodAntiAffinity getPodAntiAffinity() {
		return podAntiAffinity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPodAntiAffinity(PodAntiAffinity newPodAntiAffinity, NotificationChain msgs) {
		PodAntiAffinity oldPodAntiAffinity = podAntiAffinity;
		podAntiAffinity = newPodAntiAffinity;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.AFFINITY__POD_ANTI_AFFINITY, oldPodAntiAffinity, newPodAntiAffinity);
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
	public void setPodAntiAffinity(PodAntiAffinity newPodAntiAffinity) {
		if (newPodAntiAffinity != podAntiAffinity) {
			NotificationChain msgs = null;
			if (podAntiAffinity != null)
				msgs = ((InternalEObject)podAntiAffinity).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.AFFINITY__POD_ANTI_AFFINITY, null, msgs);
			if (newPodAntiAffinity != null)
				msgs = ((InternalEObject)newPodAntiAffinity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.AFFINITY__POD_ANTI_AFFINITY, null, msgs);
			msgs = basicSetPodAntiAffinity(newPodAntiAffinity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.AFFINITY__POD_ANTI_AFFINITY, newPodAntiAffinity, newPodAntiAffinity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.AFFINITY__NODE_AFFINITY:
				return basicSetNodeAffinity(null, msgs);
			case CoreV1Package.AFFINITY__POD_AFFINITY:
				return basicSetPodAffinity(null, msgs);
			case CoreV1Package.AFFINITY__POD_ANTI_AFFINITY:
				return basicSetPodAntiAffinity(null, msgs);
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
			case CoreV1Package.AFFINITY__NODE_AFFINITY:
				return getNodeAffinity();
			case CoreV1Package.AFFINITY__POD_AFFINITY:
				return getPodAffinity();
			case CoreV1Package.AFFINITY__POD_ANTI_AFFINITY:
				return getPodAntiAffinity();
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
			case CoreV1Package.AFFINITY__NODE_AFFINITY:
				setNodeAffinity((NodeAffinity)newValue);
				return;
			case CoreV1Package.AFFINITY__POD_AFFINITY:
				setPodAffinity((PodAffinity)newValue);
				return;
			case CoreV1Package.AFFINITY__POD_ANTI_AFFINITY:
				setPodAntiAffinity((PodAntiAffinity)newValue);
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
			case CoreV1Package.AFFINITY__NODE_AFFINITY:
				setNodeAffinity((NodeAffinity)null);
				return;
			case CoreV1Package.AFFINITY__POD_AFFINITY:
				setPodAffinity((PodAffinity)null);
				return;
			case CoreV1Package.AFFINITY__POD_ANTI_AFFINITY:
				setPodAntiAffinity((PodAntiAffinity)null);
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
			case CoreV1Package.AFFINITY__NODE_AFFINITY:
				return nodeAffinity != null;
			case CoreV1Package.AFFINITY__POD_AFFINITY:
				return podAffinity != null;
			case CoreV1Package.AFFINITY__POD_ANTI_AFFINITY:
				return podAntiAffinity != null;
		}
		return super.eIsSet(featureID);
	}

} //AffinityImpl
