/**
 */
package io.pilothouse.model.k8s.core.v1.impl;

import io.pilothouse.model.k8s.core.v1.CoreV1Package;
import io.pilothouse.model.k8s.core.v1.Event;
import io.pilothouse.model.k8s.core.v1.EventSeries;
import io.pilothouse.model.k8s.core.v1.EventSource;
import io.pilothouse.model.k8s.core.v1.ObjectReference;

import io.pilothouse.model.k8s.meta.v1.ObjectMeta;

import io.pilothouse.model.types.MicroTime;
import io.pilothouse.model.types.Time;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EventImpl#getAction <em>Action</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EventImpl#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EventImpl#getCount <em>Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EventImpl#getEventTime <em>Event Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EventImpl#getFirstTimestamp <em>First Timestamp</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EventImpl#getInvolvedObject <em>Involved Object</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EventImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EventImpl#getLastTimestamp <em>Last Timestamp</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EventImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EventImpl#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EventImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EventImpl#getRelated <em>Related</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EventImpl#getReportingComponent <em>Reporting Component</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EventImpl#getReportingInstance <em>Reporting Instance</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EventImpl#getSeries <em>Series</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EventImpl#getSource <em>Source</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.core.v1.impl.EventImpl#getType <em>Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EventImpl extends MinimalEObjectImpl.Container implements Event {
	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected String action = ACTION_EDEFAULT;

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
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final Integer COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected Integer count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEventTime() <em>Event Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventTime()
	 * @generated
	 * @ordered
	 */
	protected static final MicroTime EVENT_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEventTime() <em>Event Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventTime()
	 * @generated
	 * @ordered
	 */
	protected MicroTime eventTime = EVENT_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstTimestamp() <em>First Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstTimestamp()
	 * @generated
	 * @ordered
	 */
	protected static final Time FIRST_TIMESTAMP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstTimestamp() <em>First Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstTimestamp()
	 * @generated
	 * @ordered
	 */
	protected Time firstTimestamp = FIRST_TIMESTAMP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInvolvedObject() <em>Involved Object</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvolvedObject()
	 * @generated
	 * @ordered
	 */
	protected ObjectReference involvedObject;

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
	 * The default value of the '{@link #getLastTimestamp() <em>Last Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastTimestamp()
	 * @generated
	 * @ordered
	 */
	protected static final Time LAST_TIMESTAMP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastTimestamp() <em>Last Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastTimestamp()
	 * @generated
	 * @ordered
	 */
	protected Time lastTimestamp = LAST_TIMESTAMP_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

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
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRelated() <em>Related</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelated()
	 * @generated
	 * @ordered
	 */
	protected ObjectReference related;

	/**
	 * The default value of the '{@link #getReportingComponent() <em>Reporting Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportingComponent()
	 * @generated
	 * @ordered
	 */
	protected static final String REPORTING_COMPONENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportingComponent() <em>Reporting Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportingComponent()
	 * @generated
	 * @ordered
	 */
	protected String reportingComponent = REPORTING_COMPONENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReportingInstance() <em>Reporting Instance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportingInstance()
	 * @generated
	 * @ordered
	 */
	protected static final String REPORTING_INSTANCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportingInstance() <em>Reporting Instance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportingInstance()
	 * @generated
	 * @ordered
	 */
	protected String reportingInstance = REPORTING_INSTANCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSeries() <em>Series</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeries()
	 * @generated
	 * @ordered
	 */
	protected EventSeries series;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected EventSource source;

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
	protected EventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CoreV1Package.Literals.EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(String newAction) {
		String oldAction = action;
		action = newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__ACTION, oldAction, action));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__API_VERSION, oldApiVersion, apiVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(Integer newCount) {
		Integer oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MicroTime getEventTime() {
		return eventTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventTime(MicroTime newEventTime) {
		MicroTime oldEventTime = eventTime;
		eventTime = newEventTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__EVENT_TIME, oldEventTime, eventTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getFirstTimestamp() {
		return firstTimestamp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstTimestamp(Time newFirstTimestamp) {
		Time oldFirstTimestamp = firstTimestamp;
		firstTimestamp = newFirstTimestamp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__FIRST_TIMESTAMP, oldFirstTimestamp, firstTimestamp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectReference getInvolvedObject() {
		return involvedObject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInvolvedObject(ObjectReference newInvolvedObject, NotificationChain msgs) {
		ObjectReference oldInvolvedObject = involvedObject;
		involvedObject = newInvolvedObject;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__INVOLVED_OBJECT, oldInvolvedObject, newInvolvedObject);
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
	public void setInvolvedObject(ObjectReference newInvolvedObject) {
		if (newInvolvedObject != involvedObject) {
			NotificationChain msgs = null;
			if (involvedObject != null)
				msgs = ((InternalEObject)involvedObject).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.EVENT__INVOLVED_OBJECT, null, msgs);
			if (newInvolvedObject != null)
				msgs = ((InternalEObject)newInvolvedObject).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.EVENT__INVOLVED_OBJECT, null, msgs);
			msgs = basicSetInvolvedObject(newInvolvedObject, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__INVOLVED_OBJECT, newInvolvedObject, newInvolvedObject));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getLastTimestamp() {
		return lastTimestamp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastTimestamp(Time newLastTimestamp) {
		Time oldLastTimestamp = lastTimestamp;
		lastTimestamp = newLastTimestamp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__LAST_TIMESTAMP, oldLastTimestamp, lastTimestamp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__MESSAGE, oldMessage, message));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__METADATA, oldMetadata, newMetadata);
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
				msgs = ((InternalEObject)metadata).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.EVENT__METADATA, null, msgs);
			if (newMetadata != null)
				msgs = ((InternalEObject)newMetadata).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.EVENT__METADATA, null, msgs);
			msgs = basicSetMetadata(newMetadata, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__METADATA, newMetadata, newMetadata));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectReference getRelated() {
		return related;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRelated(ObjectReference newRelated, NotificationChain msgs) {
		ObjectReference oldRelated = related;
		related = newRelated;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__RELATED, oldRelated, newRelated);
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
	public void setRelated(ObjectReference newRelated) {
		if (newRelated != related) {
			NotificationChain msgs = null;
			if (related != null)
				msgs = ((InternalEObject)related).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.EVENT__RELATED, null, msgs);
			if (newRelated != null)
				msgs = ((InternalEObject)newRelated).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.EVENT__RELATED, null, msgs);
			msgs = basicSetRelated(newRelated, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__RELATED, newRelated, newRelated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReportingComponent() {
		return reportingComponent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportingComponent(String newReportingComponent) {
		String oldReportingComponent = reportingComponent;
		reportingComponent = newReportingComponent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__REPORTING_COMPONENT, oldReportingComponent, reportingComponent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReportingInstance() {
		return reportingInstance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportingInstance(String newReportingInstance) {
		String oldReportingInstance = reportingInstance;
		reportingInstance = newReportingInstance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__REPORTING_INSTANCE, oldReportingInstance, reportingInstance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventSeries getSeries() {
		return series;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSeries(EventSeries newSeries, NotificationChain msgs) {
		EventSeries oldSeries = series;
		series = newSeries;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__SERIES, oldSeries, newSeries);
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
	public void setSeries(EventSeries newSeries) {
		if (newSeries != series) {
			NotificationChain msgs = null;
			if (series != null)
				msgs = ((InternalEObject)series).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.EVENT__SERIES, null, msgs);
			if (newSeries != null)
				msgs = ((InternalEObject)newSeries).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.EVENT__SERIES, null, msgs);
			msgs = basicSetSeries(newSeries, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__SERIES, newSeries, newSeries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventSource getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSource(EventSource newSource, NotificationChain msgs) {
		EventSource oldSource = source;
		source = newSource;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__SOURCE, oldSource, newSource);
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
	public void setSource(EventSource newSource) {
		if (newSource != source) {
			NotificationChain msgs = null;
			if (source != null)
				msgs = ((InternalEObject)source).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.EVENT__SOURCE, null, msgs);
			if (newSource != null)
				msgs = ((InternalEObject)newSource).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CoreV1Package.EVENT__SOURCE, null, msgs);
			msgs = basicSetSource(newSource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__SOURCE, newSource, newSource));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CoreV1Package.EVENT__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CoreV1Package.EVENT__INVOLVED_OBJECT:
				return basicSetInvolvedObject(null, msgs);
			case CoreV1Package.EVENT__METADATA:
				return basicSetMetadata(null, msgs);
			case CoreV1Package.EVENT__RELATED:
				return basicSetRelated(null, msgs);
			case CoreV1Package.EVENT__SERIES:
				return basicSetSeries(null, msgs);
			case CoreV1Package.EVENT__SOURCE:
				return basicSetSource(null, msgs);
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
			case CoreV1Package.EVENT__ACTION:
				return getAction();
			case CoreV1Package.EVENT__API_VERSION:
				return getApiVersion();
			case CoreV1Package.EVENT__COUNT:
				return getCount();
			case CoreV1Package.EVENT__EVENT_TIME:
				return getEventTime();
			case CoreV1Package.EVENT__FIRST_TIMESTAMP:
				return getFirstTimestamp();
			case CoreV1Package.EVENT__INVOLVED_OBJECT:
				return getInvolvedObject();
			case CoreV1Package.EVENT__KIND:
				return getKind();
			case CoreV1Package.EVENT__LAST_TIMESTAMP:
				return getLastTimestamp();
			case CoreV1Package.EVENT__MESSAGE:
				return getMessage();
			case CoreV1Package.EVENT__METADATA:
				return getMetadata();
			case CoreV1Package.EVENT__REASON:
				return getReason();
			case CoreV1Package.EVENT__RELATED:
				return getRelated();
			case CoreV1Package.EVENT__REPORTING_COMPONENT:
				return getReportingComponent();
			case CoreV1Package.EVENT__REPORTING_INSTANCE:
				return getReportingInstance();
			case CoreV1Package.EVENT__SERIES:
				return getSeries();
			case CoreV1Package.EVENT__SOURCE:
				return getSource();
			case CoreV1Package.EVENT__TYPE:
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
			case CoreV1Package.EVENT__ACTION:
				setAction((String)newValue);
				return;
			case CoreV1Package.EVENT__API_VERSION:
				setApiVersion((String)newValue);
				return;
			case CoreV1Package.EVENT__COUNT:
				setCount((Integer)newValue);
				return;
			case CoreV1Package.EVENT__EVENT_TIME:
				setEventTime((MicroTime)newValue);
				return;
			case CoreV1Package.EVENT__FIRST_TIMESTAMP:
				setFirstTimestamp((Time)newValue);
				return;
			case CoreV1Package.EVENT__INVOLVED_OBJECT:
				setInvolvedObject((ObjectReference)newValue);
				return;
			case CoreV1Package.EVENT__KIND:
				setKind((String)newValue);
				return;
			case CoreV1Package.EVENT__LAST_TIMESTAMP:
				setLastTimestamp((Time)newValue);
				return;
			case CoreV1Package.EVENT__MESSAGE:
				setMessage((String)newValue);
				return;
			case CoreV1Package.EVENT__METADATA:
				setMetadata((ObjectMeta)newValue);
				return;
			case CoreV1Package.EVENT__REASON:
				setReason((String)newValue);
				return;
			case CoreV1Package.EVENT__RELATED:
				setRelated((ObjectReference)newValue);
				return;
			case CoreV1Package.EVENT__REPORTING_COMPONENT:
				setReportingComponent((String)newValue);
				return;
			case CoreV1Package.EVENT__REPORTING_INSTANCE:
				setReportingInstance((String)newValue);
				return;
			case CoreV1Package.EVENT__SERIES:
				setSeries((EventSeries)newValue);
				return;
			case CoreV1Package.EVENT__SOURCE:
				setSource((EventSource)newValue);
				return;
			case CoreV1Package.EVENT__TYPE:
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
			case CoreV1Package.EVENT__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case CoreV1Package.EVENT__API_VERSION:
				setApiVersion(API_VERSION_EDEFAULT);
				return;
			case CoreV1Package.EVENT__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case CoreV1Package.EVENT__EVENT_TIME:
				setEventTime(EVENT_TIME_EDEFAULT);
				return;
			case CoreV1Package.EVENT__FIRST_TIMESTAMP:
				setFirstTimestamp(FIRST_TIMESTAMP_EDEFAULT);
				return;
			case CoreV1Package.EVENT__INVOLVED_OBJECT:
				setInvolvedObject((ObjectReference)null);
				return;
			case CoreV1Package.EVENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CoreV1Package.EVENT__LAST_TIMESTAMP:
				setLastTimestamp(LAST_TIMESTAMP_EDEFAULT);
				return;
			case CoreV1Package.EVENT__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case CoreV1Package.EVENT__METADATA:
				setMetadata((ObjectMeta)null);
				return;
			case CoreV1Package.EVENT__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case CoreV1Package.EVENT__RELATED:
				setRelated((ObjectReference)null);
				return;
			case CoreV1Package.EVENT__REPORTING_COMPONENT:
				setReportingComponent(REPORTING_COMPONENT_EDEFAULT);
				return;
			case CoreV1Package.EVENT__REPORTING_INSTANCE:
				setReportingInstance(REPORTING_INSTANCE_EDEFAULT);
				return;
			case CoreV1Package.EVENT__SERIES:
				setSeries((EventSeries)null);
				return;
			case CoreV1Package.EVENT__SOURCE:
				setSource((EventSource)null);
				return;
			case CoreV1Package.EVENT__TYPE:
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
			case CoreV1Package.EVENT__ACTION:
				return ACTION_EDEFAULT == null ? action != null : !ACTION_EDEFAULT.equals(action);
			case CoreV1Package.EVENT__API_VERSION:
				return API_VERSION_EDEFAULT == null ? apiVersion != null : !API_VERSION_EDEFAULT.equals(apiVersion);
			case CoreV1Package.EVENT__COUNT:
				return COUNT_EDEFAULT == null ? count != null : !COUNT_EDEFAULT.equals(count);
			case CoreV1Package.EVENT__EVENT_TIME:
				return EVENT_TIME_EDEFAULT == null ? eventTime != null : !EVENT_TIME_EDEFAULT.equals(eventTime);
			case CoreV1Package.EVENT__FIRST_TIMESTAMP:
				return FIRST_TIMESTAMP_EDEFAULT == null ? firstTimestamp != null : !FIRST_TIMESTAMP_EDEFAULT.equals(firstTimestamp);
			case CoreV1Package.EVENT__INVOLVED_OBJECT:
				return involvedObject != null;
			case CoreV1Package.EVENT__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case CoreV1Package.EVENT__LAST_TIMESTAMP:
				return LAST_TIMESTAMP_EDEFAULT == null ? lastTimestamp != null : !LAST_TIMESTAMP_EDEFAULT.equals(lastTimestamp);
			case CoreV1Package.EVENT__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case CoreV1Package.EVENT__METADATA:
				return metadata != null;
			case CoreV1Package.EVENT__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case CoreV1Package.EVENT__RELATED:
				return related != null;
			case CoreV1Package.EVENT__REPORTING_COMPONENT:
				return REPORTING_COMPONENT_EDEFAULT == null ? reportingComponent != null : !REPORTING_COMPONENT_EDEFAULT.equals(reportingComponent);
			case CoreV1Package.EVENT__REPORTING_INSTANCE:
				return REPORTING_INSTANCE_EDEFAULT == null ? reportingInstance != null : !REPORTING_INSTANCE_EDEFAULT.equals(reportingInstance);
			case CoreV1Package.EVENT__SERIES:
				return series != null;
			case CoreV1Package.EVENT__SOURCE:
				return source != null;
			case CoreV1Package.EVENT__TYPE:
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
		result.append(" (action: ");
		result.append(action);
		result.append(", apiVersion: ");
		result.append(apiVersion);
		result.append(", count: ");
		result.append(count);
		result.append(", eventTime: ");
		result.append(eventTime);
		result.append(", firstTimestamp: ");
		result.append(firstTimestamp);
		result.append(", kind: ");
		result.append(kind);
		result.append(", lastTimestamp: ");
		result.append(lastTimestamp);
		result.append(", message: ");
		result.append(message);
		result.append(", reason: ");
		result.append(reason);
		result.append(", reportingComponent: ");
		result.append(reportingComponent);
		result.append(", reportingInstance: ");
		result.append(reportingInstance);
		result.append(", type: ");
		result.append(type);
		result.append(')');
		return result.toString();
	}

} //EventImpl
