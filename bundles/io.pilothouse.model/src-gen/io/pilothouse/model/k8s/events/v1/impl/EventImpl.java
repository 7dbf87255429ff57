/**
 */
package io.pilothouse.model.k8s.events.v1.impl;

import io.pilothouse.model.k8s.core.v1.EventSource;
import io.pilothouse.model.k8s.core.v1.ObjectReference;

import io.pilothouse.model.k8s.events.v1.Event;
import io.pilothouse.model.k8s.events.v1.EventSeries;
import io.pilothouse.model.k8s.events.v1.EventsV1Package;

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
 *   <li>{@link io.pilothouse.model.k8s.events.v1.impl.EventImpl#getAction <em>Action</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.impl.EventImpl#getApiVersion <em>Api Version</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.impl.EventImpl#getDeprecatedCount <em>Deprecated Count</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.impl.EventImpl#getDeprecatedFirstTimestamp <em>Deprecated First Timestamp</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.impl.EventImpl#getDeprecatedLastTimestamp <em>Deprecated Last Timestamp</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.impl.EventImpl#getDeprecatedSource <em>Deprecated Source</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.impl.EventImpl#getEventTime <em>Event Time</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.impl.EventImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.impl.EventImpl#getMetadata <em>Metadata</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.impl.EventImpl#getNote <em>Note</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.impl.EventImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.impl.EventImpl#getRegarding <em>Regarding</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.impl.EventImpl#getRelated <em>Related</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.impl.EventImpl#getReportingController <em>Reporting Controller</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.impl.EventImpl#getReportingInstance <em>Reporting Instance</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.impl.EventImpl#getSeries <em>Series</em>}</li>
 *   <li>{@link io.pilothouse.model.k8s.events.v1.impl.EventImpl#getType <em>Type</em>}</li>
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
	 * The default value of the '{@link #getDeprecatedCount() <em>Deprecated Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeprecatedCount()
	 * @generated
	 * @ordered
	 */
	protected static final Integer DEPRECATED_COUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeprecatedCount() <em>Deprecated Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeprecatedCount()
	 * @generated
	 * @ordered
	 */
	protected Integer deprecatedCount = DEPRECATED_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeprecatedFirstTimestamp() <em>Deprecated First Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeprecatedFirstTimestamp()
	 * @generated
	 * @ordered
	 */
	protected static final Time DEPRECATED_FIRST_TIMESTAMP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeprecatedFirstTimestamp() <em>Deprecated First Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeprecatedFirstTimestamp()
	 * @generated
	 * @ordered
	 */
	protected Time deprecatedFirstTimestamp = DEPRECATED_FIRST_TIMESTAMP_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeprecatedLastTimestamp() <em>Deprecated Last Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeprecatedLastTimestamp()
	 * @generated
	 * @ordered
	 */
	protected static final Time DEPRECATED_LAST_TIMESTAMP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeprecatedLastTimestamp() <em>Deprecated Last Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeprecatedLastTimestamp()
	 * @generated
	 * @ordered
	 */
	protected Time deprecatedLastTimestamp = DEPRECATED_LAST_TIMESTAMP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDeprecatedSource() <em>Deprecated Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeprecatedSource()
	 * @generated
	 * @ordered
	 */
	protected EventSource deprecatedSource;

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
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

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
	 * The cached value of the '{@link #getRegarding() <em>Regarding</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegarding()
	 * @generated
	 * @ordered
	 */
	protected ObjectReference regarding;

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
	 * The default value of the '{@link #getReportingController() <em>Reporting Controller</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportingController()
	 * @generated
	 * @ordered
	 */
	protected static final String REPORTING_CONTROLLER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReportingController() <em>Reporting Controller</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportingController()
	 * @generated
	 * @ordered
	 */
	protected String reportingController = REPORTING_CONTROLLER_EDEFAULT;

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
		return EventsV1Package.Literals.EVENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__ACTION, oldAction, action));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__API_VERSION, oldApiVersion, apiVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getDeprecatedCount() {
		return deprecatedCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeprecatedCount(Integer newDeprecatedCount) {
		Integer oldDeprecatedCount = deprecatedCount;
		deprecatedCount = newDeprecatedCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__DEPRECATED_COUNT, oldDeprecatedCount, deprecatedCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getDeprecatedFirstTimestamp() {
		return deprecatedFirstTimestamp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeprecatedFirstTimestamp(Time newDeprecatedFirstTimestamp) {
		Time oldDeprecatedFirstTimestamp = deprecatedFirstTimestamp;
		deprecatedFirstTimestamp = newDeprecatedFirstTimestamp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__DEPRECATED_FIRST_TIMESTAMP, oldDeprecatedFirstTimestamp, deprecatedFirstTimestamp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Time getDeprecatedLastTimestamp() {
		return deprecatedLastTimestamp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeprecatedLastTimestamp(Time newDeprecatedLastTimestamp) {
		Time oldDeprecatedLastTimestamp = deprecatedLastTimestamp;
		deprecatedLastTimestamp = newDeprecatedLastTimestamp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__DEPRECATED_LAST_TIMESTAMP, oldDeprecatedLastTimestamp, deprecatedLastTimestamp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventSource getDeprecatedSource() {
		return deprecatedSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDeprecatedSource(EventSource newDeprecatedSource, NotificationChain msgs) {
		EventSource oldDeprecatedSource = deprecatedSource;
		deprecatedSource = newDeprecatedSource;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__DEPRECATED_SOURCE, oldDeprecatedSource, newDeprecatedSource);
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
	public void setDeprecatedSource(EventSource newDeprecatedSource) {
		if (newDeprecatedSource != deprecatedSource) {
			NotificationChain msgs = null;
			if (deprecatedSource != null)
				msgs = ((InternalEObject)deprecatedSource).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - EventsV1Package.EVENT__DEPRECATED_SOURCE, null, msgs);
			if (newDeprecatedSource != null)
				msgs = ((InternalEObject)newDeprecatedSource).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - EventsV1Package.EVENT__DEPRECATED_SOURCE, null, msgs);
			msgs = basicSetDeprecatedSource(newDeprecatedSource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__DEPRECATED_SOURCE, newDeprecatedSource, newDeprecatedSource));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__EVENT_TIME, oldEventTime, eventTime));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__KIND, oldKind, kind));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__METADATA, oldMetadata, newMetadata);
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
				msgs = ((InternalEObject)metadata).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - EventsV1Package.EVENT__METADATA, null, msgs);
			if (newMetadata != null)
				msgs = ((InternalEObject)newMetadata).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - EventsV1Package.EVENT__METADATA, null, msgs);
			msgs = basicSetMetadata(newMetadata, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__METADATA, newMetadata, newMetadata));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__NOTE, oldNote, note));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectReference getRegarding() {
		return regarding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRegarding(ObjectReference newRegarding, NotificationChain msgs) {
		ObjectReference oldRegarding = regarding;
		regarding = newRegarding;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__REGARDING, oldRegarding, newRegarding);
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
	public void setRegarding(ObjectReference newRegarding) {
		if (newRegarding != regarding) {
			NotificationChain msgs = null;
			if (regarding != null)
				msgs = ((InternalEObject)regarding).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - EventsV1Package.EVENT__REGARDING, null, msgs);
			if (newRegarding != null)
				msgs = ((InternalEObject)newRegarding).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - EventsV1Package.EVENT__REGARDING, null, msgs);
			msgs = basicSetRegarding(newRegarding, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__REGARDING, newRegarding, newRegarding));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__RELATED, oldRelated, newRelated);
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
				msgs = ((InternalEObject)related).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - EventsV1Package.EVENT__RELATED, null, msgs);
			if (newRelated != null)
				msgs = ((InternalEObject)newRelated).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - EventsV1Package.EVENT__RELATED, null, msgs);
			msgs = basicSetRelated(newRelated, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__RELATED, newRelated, newRelated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReportingController() {
		return reportingController;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportingController(String newReportingController) {
		String oldReportingController = reportingController;
		reportingController = newReportingController;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__REPORTING_CONTROLLER, oldReportingController, reportingController));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__REPORTING_INSTANCE, oldReportingInstance, reportingInstance));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__SERIES, oldSeries, newSeries);
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
				msgs = ((InternalEObject)series).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - EventsV1Package.EVENT__SERIES, null, msgs);
			if (newSeries != null)
				msgs = ((InternalEObject)newSeries).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - EventsV1Package.EVENT__SERIES, null, msgs);
			msgs = basicSetSeries(newSeries, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__SERIES, newSeries, newSeries));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EventsV1Package.EVENT__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EventsV1Package.EVENT__DEPRECATED_SOURCE:
				return basicSetDeprecatedSource(null, msgs);
			case EventsV1Package.EVENT__METADATA:
				return basicSetMetadata(null, msgs);
			case EventsV1Package.EVENT__REGARDING:
				return basicSetRegarding(null, msgs);
			case EventsV1Package.EVENT__RELATED:
				return basicSetRelated(null, msgs);
			case EventsV1Package.EVENT__SERIES:
				return basicSetSeries(null, msgs);
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
			case EventsV1Package.EVENT__ACTION:
				return getAction();
			case EventsV1Package.EVENT__API_VERSION:
				return getApiVersion();
			case EventsV1Package.EVENT__DEPRECATED_COUNT:
				return getDeprecatedCount();
			case EventsV1Package.EVENT__DEPRECATED_FIRST_TIMESTAMP:
				return getDeprecatedFirstTimestamp();
			case EventsV1Package.EVENT__DEPRECATED_LAST_TIMESTAMP:
				return getDeprecatedLastTimestamp();
			case EventsV1Package.EVENT__DEPRECATED_SOURCE:
				return getDeprecatedSource();
			case EventsV1Package.EVENT__EVENT_TIME:
				return getEventTime();
			case EventsV1Package.EVENT__KIND:
				return getKind();
			case EventsV1Package.EVENT__METADATA:
				return getMetadata();
			case EventsV1Package.EVENT__NOTE:
				return getNote();
			case EventsV1Package.EVENT__REASON:
				return getReason();
			case EventsV1Package.EVENT__REGARDING:
				return getRegarding();
			case EventsV1Package.EVENT__RELATED:
				return getRelated();
			case EventsV1Package.EVENT__REPORTING_CONTROLLER:
				return getReportingController();
			case EventsV1Package.EVENT__REPORTING_INSTANCE:
				return getReportingInstance();
			case EventsV1Package.EVENT__SERIES:
				return getSeries();
			case EventsV1Package.EVENT__TYPE:
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
			case EventsV1Package.EVENT__ACTION:
				setAction((String)newValue);
				return;
			case EventsV1Package.EVENT__API_VERSION:
				setApiVersion((String)newValue);
				return;
			case EventsV1Package.EVENT__DEPRECATED_COUNT:
				setDeprecatedCount((Integer)newValue);
				return;
			case EventsV1Package.EVENT__DEPRECATED_FIRST_TIMESTAMP:
				setDeprecatedFirstTimestamp((Time)newValue);
				return;
			case EventsV1Package.EVENT__DEPRECATED_LAST_TIMESTAMP:
				setDeprecatedLastTimestamp((Time)newValue);
				return;
			case EventsV1Package.EVENT__DEPRECATED_SOURCE:
				setDeprecatedSource((EventSource)newValue);
				return;
			case EventsV1Package.EVENT__EVENT_TIME:
				setEventTime((MicroTime)newValue);
				return;
			case EventsV1Package.EVENT__KIND:
				setKind((String)newValue);
				return;
			case EventsV1Package.EVENT__METADATA:
				setMetadata((ObjectMeta)newValue);
				return;
			case EventsV1Package.EVENT__NOTE:
				setNote((String)newValue);
				return;
			case EventsV1Package.EVENT__REASON:
				setReason((String)newValue);
				return;
			case EventsV1Package.EVENT__REGARDING:
				setRegarding((ObjectReference)newValue);
				return;
			case EventsV1Package.EVENT__RELATED:
				setRelated((ObjectReference)newValue);
				return;
			case EventsV1Package.EVENT__REPORTING_CONTROLLER:
				setReportingController((String)newValue);
				return;
			case EventsV1Package.EVENT__REPORTING_INSTANCE:
				setReportingInstance((String)newValue);
				return;
			case EventsV1Package.EVENT__SERIES:
				setSeries((EventSeries)newValue);
				return;
			case EventsV1Package.EVENT__TYPE:
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
			case EventsV1Package.EVENT__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case EventsV1Package.EVENT__API_VERSION:
				setApiVersion(API_VERSION_EDEFAULT);
				return;
			case EventsV1Package.EVENT__DEPRECATED_COUNT:
				setDeprecatedCount(DEPRECATED_COUNT_EDEFAULT);
				return;
			case EventsV1Package.EVENT__DEPRECATED_FIRST_TIMESTAMP:
				setDeprecatedFirstTimestamp(DEPRECATED_FIRST_TIMESTAMP_EDEFAULT);
				return;
			case EventsV1Package.EVENT__DEPRECATED_LAST_TIMESTAMP:
				setDeprecatedLastTimestamp(DEPRECATED_LAST_TIMESTAMP_EDEFAULT);
				return;
			case EventsV1Package.EVENT__DEPRECATED_SOURCE:
				setDeprecatedSource((EventSource)null);
				return;
			case EventsV1Package.EVENT__EVENT_TIME:
				setEventTime(EVENT_TIME_EDEFAULT);
				return;
			case EventsV1Package.EVENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EventsV1Package.EVENT__METADATA:
				setMetadata((ObjectMeta)null);
				return;
			case EventsV1Package.EVENT__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case EventsV1Package.EVENT__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case EventsV1Package.EVENT__REGARDING:
				setRegarding((ObjectReference)null);
				return;
			case EventsV1Package.EVENT__RELATED:
				setRelated((ObjectReference)null);
				return;
			case EventsV1Package.EVENT__REPORTING_CONTROLLER:
				setReportingController(REPORTING_CONTROLLER_EDEFAULT);
				return;
			case EventsV1Package.EVENT__REPORTING_INSTANCE:
				setReportingInstance(REPORTING_INSTANCE_EDEFAULT);
				return;
			case EventsV1Package.EVENT__SERIES:
				setSeries((EventSeries)null);
				return;
			case EventsV1Package.EVENT__TYPE:
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
			case EventsV1Package.EVENT__ACTION:
				return ACTION_EDEFAULT == null ? action != null : !ACTION_EDEFAULT.equals(action);
			case EventsV1Package.EVENT__API_VERSION:
				return API_VERSION_EDEFAULT == null ? apiVersion != null : !API_VERSION_EDEFAULT.equals(apiVersion);
			case EventsV1Package.EVENT__DEPRECATED_COUNT:
				return DEPRECATED_COUNT_EDEFAULT == null ? deprecatedCount != null : !DEPRECATED_COUNT_EDEFAULT.equals(deprecatedCount);
			case EventsV1Package.EVENT__DEPRECATED_FIRST_TIMESTAMP:
				return DEPRECATED_FIRST_TIMESTAMP_EDEFAULT == null ? deprecatedFirstTimestamp != null : !DEPRECATED_FIRST_TIMESTAMP_EDEFAULT.equals(deprecatedFirstTimestamp);
			case EventsV1Package.EVENT__DEPRECATED_LAST_TIMESTAMP:
				return DEPRECATED_LAST_TIMESTAMP_EDEFAULT == null ? deprecatedLastTimestamp != null : !DEPRECATED_LAST_TIMESTAMP_EDEFAULT.equals(deprecatedLastTimestamp);
			case EventsV1Package.EVENT__DEPRECATED_SOURCE:
				return deprecatedSource != null;
			case EventsV1Package.EVENT__EVENT_TIME:
				return EVENT_TIME_EDEFAULT == null ? eventTime != null : !EVENT_TIME_EDEFAULT.equals(eventTime);
			case EventsV1Package.EVENT__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case EventsV1Package.EVENT__METADATA:
				return metadata != null;
			case EventsV1Package.EVENT__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case EventsV1Package.EVENT__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case EventsV1Package.EVENT__REGARDING:
				return regarding != null;
			case EventsV1Package.EVENT__RELATED:
				return related != null;
			case EventsV1Package.EVENT__REPORTING_CONTROLLER:
				return REPORTING_CONTROLLER_EDEFAULT == null ? reportingController != null : !REPORTING_CONTROLLER_EDEFAULT.equals(reportingController);
			case EventsV1Package.EVENT__REPORTING_INSTANCE:
				return REPORTING_INSTANCE_EDEFAULT == null ? reportingInstance != null : !REPORTING_INSTANCE_EDEFAULT.equals(reportingInstance);
			case EventsV1Package.EVENT__SERIES:
				return series != null;
			case EventsV1Package.EVENT__TYPE:
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
		result.append(", deprecatedCount: ");
		result.append(deprecatedCount);
		result.append(", deprecatedFirstTimestamp: ");
		result.append(deprecatedFirstTimestamp);
		result.append(", deprecatedLastTimestamp: ");
		result.append(deprecatedLastTimestamp);
		result.append(", eventTime: ");
		result.append(eventTime);
		result.append(", kind: ");
		result.append(kind);
		result.append(", note: ");
		result.append(note);
		result.append(", reason: ");
		result.append(reason);
		result.append(", reportingController: ");
		result.append(reportingController);
		result.append(", reportingInstance: ");
		result.append(reportingInstance);
		result.append(", type: ");
		result.append(type);
		result.append(')');
		return result.toString();
	}

} //EventImpl
