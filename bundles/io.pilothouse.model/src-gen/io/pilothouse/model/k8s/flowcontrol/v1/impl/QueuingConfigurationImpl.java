/**
 */
package io.pilothouse.model.k8s.flowcontrol.v1.impl;

import io.pilothouse.model.k8s.flowcontrol.v1.FlowcontrolV1Package;
import io.pilothouse.model.k8s.flowcontrol.v1.QueuingConfiguration;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Queuing Configuration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.QueuingConfigurationImpl#getHandSize <em>Hand Size</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.QueuingConfigurationImpl#getQueueLengthLimit <em>Queue Length Limit</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.flowcontrol.v1.impl.QueuingConfigurationImpl#getQueues <em>Queues</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QueuingConfigurationImpl extends MinimalEObjectImpl.Container implements QueuingConfiguration {
	/**
	 * The default value of the '{@link #getHandSize() <em>Hand Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandSize()
	 * @generated
	 * @ordered
	 */
	protected static final Integer HAND_SIZE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHandSize() <em>Hand Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandSize()
	 * @generated
	 * @ordered
	 */
	protected Integer handSize = HAND_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getQueueLengthLimit() <em>Queue Length Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueLengthLimit()
	 * @generated
	 * @ordered
	 */
	protected static final Integer QUEUE_LENGTH_LIMIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQueueLengthLimit() <em>Queue Length Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueLengthLimit()
	 * @generated
	 * @ordered
	 */
	protected Integer queueLengthLimit = QUEUE_LENGTH_LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getQueues() <em>Queues</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueues()
	 * @generated
	 * @ordered
	 */
	protected static final Integer QUEUES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQueues() <em>Queues</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueues()
	 * @generated
	 * @ordered
	 */
	protected Integer queues = QUEUES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QueuingConfigurationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FlowcontrolV1Package.Literals.QUEUING_CONFIGURATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getHandSize() {
		return handSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandSize(Integer newHandSize) {
		Integer oldHandSize = handSize;
		handSize = newHandSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.QUEUING_CONFIGURATION__HAND_SIZE, oldHandSize, handSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getQueueLengthLimit() {
		return queueLengthLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQueueLengthLimit(Integer newQueueLengthLimit) {
		Integer oldQueueLengthLimit = queueLengthLimit;
		queueLengthLimit = newQueueLengthLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.QUEUING_CONFIGURATION__QUEUE_LENGTH_LIMIT, oldQueueLengthLimit, queueLengthLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getQueues() {
		return queues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQueues(Integer newQueues) {
		Integer oldQueues = queues;
		queues = newQueues;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FlowcontrolV1Package.QUEUING_CONFIGURATION__QUEUES, oldQueues, queues));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FlowcontrolV1Package.QUEUING_CONFIGURATION__HAND_SIZE:
				return getHandSize();
			case FlowcontrolV1Package.QUEUING_CONFIGURATION__QUEUE_LENGTH_LIMIT:
				return getQueueLengthLimit();
			case FlowcontrolV1Package.QUEUING_CONFIGURATION__QUEUES:
				return getQueues();
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
			case FlowcontrolV1Package.QUEUING_CONFIGURATION__HAND_SIZE:
				setHandSize((Integer)newValue);
				return;
			case FlowcontrolV1Package.QUEUING_CONFIGURATION__QUEUE_LENGTH_LIMIT:
				setQueueLengthLimit((Integer)newValue);
				return;
			case FlowcontrolV1Package.QUEUING_CONFIGURATION__QUEUES:
				setQueues((Integer)newValue);
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
			case FlowcontrolV1Package.QUEUING_CONFIGURATION__HAND_SIZE:
				setHandSize(HAND_SIZE_EDEFAULT);
				return;
			case FlowcontrolV1Package.QUEUING_CONFIGURATION__QUEUE_LENGTH_LIMIT:
				setQueueLengthLimit(QUEUE_LENGTH_LIMIT_EDEFAULT);
				return;
			case FlowcontrolV1Package.QUEUING_CONFIGURATION__QUEUES:
				setQueues(QUEUES_EDEFAULT);
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
			case FlowcontrolV1Package.QUEUING_CONFIGURATION__HAND_SIZE:
				return HAND_SIZE_EDEFAULT == null ? handSize != null : !HAND_SIZE_EDEFAULT.equals(handSize);
			case FlowcontrolV1Package.QUEUING_CONFIGURATION__QUEUE_LENGTH_LIMIT:
				return QUEUE_LENGTH_LIMIT_EDEFAULT == null ? queueLengthLimit != null : !QUEUE_LENGTH_LIMIT_EDEFAULT.equals(queueLengthLimit);
			case FlowcontrolV1Package.QUEUING_CONFIGURATION__QUEUES:
				return QUEUES_EDEFAULT == null ? queues != null : !QUEUES_EDEFAULT.equals(queues);
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
		result.append(" (handSize: ");
		result.append(handSize);
		result.append(", queueLengthLimit: ");
		result.append(queueLengthLimit);
		result.append(", queues: ");
		result.append(queues);
		result.append(')');
		return result.toString();
	}

} //QueuingConfigurationImpl
