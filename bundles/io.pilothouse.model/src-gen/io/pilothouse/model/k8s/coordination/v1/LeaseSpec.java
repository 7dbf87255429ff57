/**
 */
package io.pilothouse.model.k8s.coordination.v1;

import io.pilothouse.model.types.MicroTime;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lease Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getAcquireTime <em>Acquire Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getHolderIdentity <em>Holder Identity</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getLeaseDurationSeconds <em>Lease Duration Seconds</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getLeaseTransitions <em>Lease Transitions</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getPreferredHolder <em>Preferred Holder</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getRenewTime <em>Renew Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getStrategy <em>Strategy</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.coordination.v1.CoordinationV1Package#getLeaseSpec()
 * @generated
 */
public interface LeaseSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Acquire Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acquire Time</em>' attribute.
	 * @see #setAcquireTime(MicroTime)
	 * @see io.pilothouse.model.k8s.coordination.v1.CoordinationV1Package#getLeaseSpec_AcquireTime()
	 * @generated
	 */
	MicroTime getAcquireTime();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getAcquireTime <em>Acquire Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acquire Time</em>' attribute.
	 * @see #getAcquireTime()
	 * @generated
	 */
	void setAcquireTime(MicroTime value);

	/**
	 * Returns the value of the '<em><b>Holder Identity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Holder Identity</em>' attribute.
	 * @see #setHolderIdentity(String)
	 * @see io.pilothouse.model.k8s.coordination.v1.CoordinationV1Package#getLeaseSpec_HolderIdentity()
	 * @generated
	 */
	String getHolderIdentity();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getHolderIdentity <em>Holder Identity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Holder Identity</em>' attribute.
	 * @see #getHolderIdentity()
	 * @generated
	 */
	void setHolderIdentity(String value);

	/**
	 * Returns the value of the '<em><b>Lease Duration Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lease Duration Seconds</em>' attribute.
	 * @see #setLeaseDurationSeconds(Integer)
	 * @see io.pilothouse.model.k8s.coordination.v1.CoordinationV1Package#getLeaseSpec_LeaseDurationSeconds()
	 * @generated
	 */
	Integer getLeaseDurationSeconds();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getLeaseDurationSeconds <em>Lease Duration Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lease Duration Seconds</em>' attribute.
	 * @see #getLeaseDurationSeconds()
	 * @generated
	 */
	void setLeaseDurationSeconds(Integer value);

	/**
	 * Returns the value of the '<em><b>Lease Transitions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lease Transitions</em>' attribute.
	 * @see #setLeaseTransitions(Integer)
	 * @see io.pilothouse.model.k8s.coordination.v1.CoordinationV1Package#getLeaseSpec_LeaseTransitions()
	 * @generated
	 */
	Integer getLeaseTransitions();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getLeaseTransitions <em>Lease Transitions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lease Transitions</em>' attribute.
	 * @see #getLeaseTransitions()
	 * @generated
	 */
	void setLeaseTransitions(Integer value);

	/**
	 * Returns the value of the '<em><b>Preferred Holder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preferred Holder</em>' attribute.
	 * @see #setPreferredHolder(String)
	 * @see io.pilothouse.model.k8s.coordination.v1.CoordinationV1Package#getLeaseSpec_PreferredHolder()
	 * @generated
	 */
	String getPreferredHolder();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getPreferredHolder <em>Preferred Holder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preferred Holder</em>' attribute.
	 * @see #getPreferredHolder()
	 * @generated
	 */
	void setPreferredHolder(String value);

	/**
	 * Returns the value of the '<em><b>Renew Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Renew Time</em>' attribute.
	 * @see #setRenewTime(MicroTime)
	 * @see io.pilothouse.model.k8s.coordination.v1.CoordinationV1Package#getLeaseSpec_RenewTime()
	 * @generated
	 */
	MicroTime getRenewTime();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getRenewTime <em>Renew Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Renew Time</em>' attribute.
	 * @see #getRenewTime()
	 * @generated
	 */
	void setRenewTime(MicroTime value);

	/**
	 * Returns the value of the '<em><b>Strategy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategy</em>' attribute.
	 * @see #setStrategy(String)
	 * @see io.pilothouse.model.k8s.coordination.v1.CoordinationV1Package#getLeaseSpec_Strategy()
	 * @generated
	 */
	String getStrategy();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.coordination.v1.LeaseSpec#getStrategy <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategy</em>' attribute.
	 * @see #getStrategy()
	 * @generated
	 */
	void setStrategy(String value);

} // LeaseSpec
