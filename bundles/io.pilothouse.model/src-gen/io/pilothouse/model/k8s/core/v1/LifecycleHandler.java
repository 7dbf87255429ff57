/**
 */
package io.pilothouse.model.k8s.core.v1;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lifecycle Handler</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.LifecycleHandler#getExec <em>Exec</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.LifecycleHandler#getHttpGet <em>Http Get</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.LifecycleHandler#getSleep <em>Sleep</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.LifecycleHandler#getTcpSocket <em>Tcp Socket</em>}</li>
 * </ul>
 *
 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLifecycleHandler()
 * @generated
 */
public interface LifecycleHandler extends EObject {
	/**
	 * Returns the value of the '<em><b>Exec</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exec</em>' containment reference.
	 * @see #setExec(ExecAction)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLifecycleHandler_Exec()
	 * @generated
	 */
	ExecAction getExec();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.LifecycleHandler#getExec <em>Exec</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exec</em>' containment reference.
	 * @see #getExec()
	 * @generated
	 */
	void setExec(ExecAction value);

	/**
	 * Returns the value of the '<em><b>Http Get</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Http Get</em>' containment reference.
	 * @see #setHttpGet(HTTPGetAction)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLifecycleHandler_HttpGet()
	 * @generated
	 */
	HTTPGetAction getHttpGet();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.LifecycleHandler#getHttpGet <em>Http Get</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Http Get</em>' containment reference.
	 * @see #getHttpGet()
	 * @generated
	 */
	void setHttpGet(HTTPGetAction value);

	/**
	 * Returns the value of the '<em><b>Sleep</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sleep</em>' containment reference.
	 * @see #setSleep(SleepAction)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLifecycleHandler_Sleep()
	 * @generated
	 */
	SleepAction getSleep();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.LifecycleHandler#getSleep <em>Sleep</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sleep</em>' containment reference.
	 * @see #getSleep()
	 * @generated
	 */
	void setSleep(SleepAction value);

	/**
	 * Returns the value of the '<em><b>Tcp Socket</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tcp Socket</em>' containment reference.
	 * @see #setTcpSocket(TCPSocketAction)
	 * @see io.pilothouse.model.k8s.core.v1.CoreV1Package#getLifecycleHandler_TcpSocket()
	 * @generated
	 */
	TCPSocketAction getTcpSocket();

	/**
	 * Sets the value of the '{@link io.pilothouse.model.k8s.core.v1.LifecycleHandler#getTcpSocket <em>Tcp Socket</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tcp Socket</em>' containment reference.
	 * @see #getTcpSocket()
	 * @generated
	 */
	void setTcpSocket(TCPSocketAction value);

} // LifecycleHandler
