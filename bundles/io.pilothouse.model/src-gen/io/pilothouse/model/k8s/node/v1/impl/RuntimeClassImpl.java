/**
 */
package io.pilothouse.model.k8s.node.v1.impl;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import io.pilothouse.model.k8s.node.v1.NodeV1Package;
import io.pilothouse.model.k8s.node.v1.Overhead;
import io.pilothouse.model.k8s.node.v1.RuntimeClass;
import io.pilothouse.model.k8s.node.v1.Scheduling;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Runtime Class</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.node.v1.impl.RuntimeClassImpl#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.node.v1.impl.RuntimeClassImpl#getHandler <em>Handler</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.node.v1.impl.RuntimeClassImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.node.v1.impl.RuntimeClassImpl#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.node.v1.impl.RuntimeClassImpl#getOverhead <em>Overhead</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.node.v1.impl.RuntimeClassImpl#getScheduling <em>Scheduling</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RuntimeClassImpl extends MinimalEObjectImpl.Container implements RuntimeClass {
	/**
	 * The default value of the '{@link #getApiVersion() <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String API_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApiVersion() <em>Api Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiVersion()
	 * @generated
	 * @ordered
	 */
	protected String apiVersion = API_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getHandler() <em>Handler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandler()
	 * @generated
	 * @ordered
	 */
	protected static final String HANDLER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHandler() <em>Handler</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandler()
	 * @generated
	 * @ordered
	 */
	protected String handler = HANDLER_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMetadata() <em>Metadata</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetadata()
	 * @generated
	 * @ordered
	 */
	protected ObjectMeta metadata;

	/**
	 * The cached value of the '{@link #getOverhead() <em>Overhead</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverhead()
	 * @generated
	 * @ordered
	 */
	protected Overhead overhead;

	/**
	 * The cached value of the '{@link #getScheduling() <em>Scheduling</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduling()
	 * @generated
	 * @ordered
	 */
	protected Scheduling scheduling;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RuntimeClassImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NodeV1Package.Literals.RUNTIME_CLASS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApiVersion() {
		return apiVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApiVersion(String newApiVersion) {
		String oldApiVersion = apiVersion;
		apiVersion = newApiVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NodeV1Package.RUNTIME_CLASS__API_VERSION, oldApiVersion, apiVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHandler() {
		return handler;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandler(String newHandler) {
		String oldHandler = handler;
		handler = newHandler;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NodeV1Package.RUNTIME_CLASS__HANDLER, oldHandler, handler));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NodeV1Package.RUNTIME_CLASS__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectMeta getMetadata() {
		return metadata;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMetadata(ObjectMeta newMetadata, NotificationChain msgs) {
		ObjectMeta oldMetadata = metadata;
		metadata = newMetadata;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NodeV1Package.RUNTIME_CLASS__METADATA, oldMetadata, newMetadata);
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
	public void setMetadata(ObjectMeta newMetadata) {
		if (newMetadata != metadata) {
			NotificationChain msgs = null;
			if (metadata != null)
				msgs = ((InternalEObject)metadata).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NodeV1Package.RUNTIME_CLASS__METADATA, null, msgs);
			if (newMetadata != null)
				msgs = ((InternalEObject)newMetadata).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NodeV1Package.RUNTIME_CLASS__METADATA, null, msgs);
			msgs = basicSetMetadata(newMetadata, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NodeV1Package.RUNTIME_CLASS__METADATA, newMetadata, newMetadata));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Overhead getOverhead() {
		return overhead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOverhead(Overhead newOverhead, NotificationChain msgs) {
		Overhead oldOverhead = overhead;
		overhead = newOverhead;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NodeV1Package.RUNTIME_CLASS__OVERHEAD, oldOverhead, newOverhead);
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
	public void setOverhead(Overhead newOverhead) {
		if (newOverhead != overhead) {
			NotificationChain msgs = null;
			if (overhead != null)
				msgs = ((InternalEObject)overhead).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NodeV1Package.RUNTIME_CLASS__OVERHEAD, null, msgs);
			if (newOverhead != null)
				msgs = ((InternalEObject)newOverhead).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NodeV1Package.RUNTIME_CLASS__OVERHEAD, null, msgs);
			msgs = basicSetOverhead(newOverhead, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NodeV1Package.RUNTIME_CLASS__OVERHEAD, newOverhead, newOverhead));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scheduling getScheduling() {
		return scheduling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScheduling(Scheduling newScheduling, NotificationChain msgs) {
		Scheduling oldScheduling = scheduling;
		scheduling = newScheduling;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, NodeV1Package.RUNTIME_CLASS__SCHEDULING, oldScheduling, newScheduling);
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
	public void setScheduling(Scheduling newScheduling) {
		if (newScheduling != scheduling) {
			NotificationChain msgs = null;
			if (scheduling != null)
				msgs = ((InternalEObject)scheduling).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - NodeV1Package.RUNTIME_CLASS__SCHEDULING, null, msgs);
			if (newScheduling != null)
				msgs = ((InternalEObject)newScheduling).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - NodeV1Package.RUNTIME_CLASS__SCHEDULING, null, msgs);
			msgs = basicSetScheduling(newScheduling, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NodeV1Package.RUNTIME_CLASS__SCHEDULING, newScheduling, newScheduling));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NodeV1Package.RUNTIME_CLASS__METADATA:
				return basicSetMetadata(null, msgs);
			case NodeV1Package.RUNTIME_CLASS__OVERHEAD:
				return basicSetOverhead(null, msgs);
			case NodeV1Package.RUNTIME_CLASS__SCHEDULING:
				return basicSetScheduling(null, msgs);
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
			case NodeV1Package.RUNTIME_CLASS__API_VERSION:
				return getApiVersion();
			case NodeV1Package.RUNTIME_CLASS__HANDLER:
				return getHandler();
			case NodeV1Package.RUNTIME_CLASS__KIND:
				return getKind();
			case NodeV1Package.RUNTIME_CLASS__METADATA:
				return getMetadata();
			case NodeV1Package.RUNTIME_CLASS__OVERHEAD:
				return getOverhead();
			case NodeV1Package.RUNTIME_CLASS__SCHEDULING:
				return getScheduling();
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
			case NodeV1Package.RUNTIME_CLASS__API_VERSION:
				setApiVersion((String)newValue);
				return;
			case NodeV1Package.RUNTIME_CLASS__HANDLER:
				setHandler((String)newValue);
				return;
			case NodeV1Package.RUNTIME_CLASS__KIND:
				setKind((String)newValue);
				return;
			case NodeV1Package.RUNTIME_CLASS__METADATA:
				setMetadata((ObjectMeta)newValue);
				return;
			case NodeV1Package.RUNTIME_CLASS__OVERHEAD:
				setOverhead((Overhead)newValue);
				return;
			case NodeV1Package.RUNTIME_CLASS__SCHEDULING:
				setScheduling((Scheduling)newValue);
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
			case NodeV1Package.RUNTIME_CLASS__API_VERSION:
				setApiVersion(API_VERSION_EDEFAULT);
				return;
			case NodeV1Package.RUNTIME_CLASS__HANDLER:
				setHandler(HANDLER_EDEFAULT);
				return;
			case NodeV1Package.RUNTIME_CLASS__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case NodeV1Package.RUNTIME_CLASS__METADATA:
				setMetadata((ObjectMeta)null);
				return;
			case NodeV1Package.RUNTIME_CLASS__OVERHEAD:
				setOverhead((Overhead)null);
				return;
			case NodeV1Package.RUNTIME_CLASS__SCHEDULING:
				setScheduling((Scheduling)null);
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
			case NodeV1Package.RUNTIME_CLASS__API_VERSION:
				return API_VERSION_EDEFAULT == null ? apiVersion != null : !API_VERSION_EDEFAULT.equals(apiVersion);
			case NodeV1Package.RUNTIME_CLASS__HANDLER:
				return HANDLER_EDEFAULT == null ? handler != null : !HANDLER_EDEFAULT.equals(handler);
			case NodeV1Package.RUNTIME_CLASS__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case NodeV1Package.RUNTIME_CLASS__METADATA:
				return metadata != null;
			case NodeV1Package.RUNTIME_CLASS__OVERHEAD:
				return overhead != null;
			case NodeV1Package.RUNTIME_CLASS__SCHEDULING:
				return scheduling != null;
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
		result.append(" (apiVersion: ");
		result.append(apiVersion);
		result.append(", handler: ");
		result.append(handler);
		result.append(", kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //RuntimeClassImpl
