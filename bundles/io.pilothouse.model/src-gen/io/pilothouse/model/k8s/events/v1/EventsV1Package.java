/**
 */
package io.pilothouse.model.k8s.events.v1;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see io.pilothouse.model.k8s.events.v1.EventsV1Factory
 * @generated
 */
public interface EventsV1Package extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "v1";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://pilothouse.io/model/k8s/events/v1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "events.v1";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EventsV1Package eINSTANCE = io.pilothouse.model.k8s.events.v1.impl.EventsV1PackageImpl.init();

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.events.v1.impl.EventImpl <em>Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.events.v1.impl.EventImpl
	 * @see io.pilothouse.model.k8s.events.v1.impl.EventsV1PackageImpl#getEvent()
	 * @generated
	 */
	int EVENT = 0;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__ACTION = 0;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__API_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Deprecated Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__DEPRECATED_COUNT = 2;

	/**
	 * The feature id for the '<em><b>Deprecated First Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__DEPRECATED_FIRST_TIMESTAMP = 3;

	/**
	 * The feature id for the '<em><b>Deprecated Last Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__DEPRECATED_LAST_TIMESTAMP = 4;

	/**
	 * The feature id for the '<em><b>Deprecated Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__DEPRECATED_SOURCE = 5;

	/**
	 * The feature id for the '<em><b>Event Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__EVENT_TIME = 6;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__KIND = 7;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__METADATA = 8;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__NOTE = 9;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__REASON = 10;

	/**
	 * The feature id for the '<em><b>Regarding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__REGARDING = 11;

	/**
	 * The feature id for the '<em><b>Related</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__RELATED = 12;

	/**
	 * The feature id for the '<em><b>Reporting Controller</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__REPORTING_CONTROLLER = 13;

	/**
	 * The feature id for the '<em><b>Reporting Instance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__REPORTING_INSTANCE = 14;

	/**
	 * The feature id for the '<em><b>Series</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__SERIES = 15;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT__TYPE = 16;

	/**
	 * The number of structural features of the '<em>Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_FEATURE_COUNT = 17;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.events.v1.impl.EventListImpl <em>Event List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.events.v1.impl.EventListImpl
	 * @see io.pilothouse.model.k8s.events.v1.impl.EventsV1PackageImpl#getEventList()
	 * @generated
	 */
	int EVENT_LIST = 1;

	/**
	 * The feature id for the '<em><b>Api Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_LIST__API_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_LIST__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_LIST__KIND = 2;

	/**
	 * The feature id for the '<em><b>Metadata</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_LIST__METADATA = 3;

	/**
	 * The number of structural features of the '<em>Event List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_LIST_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link io.pilothouse.model.k8s.events.v1.impl.EventSeriesImpl <em>Event Series</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.pilothouse.model.k8s.events.v1.impl.EventSeriesImpl
	 * @see io.pilothouse.model.k8s.events.v1.impl.EventsV1PackageImpl#getEventSeries()
	 * @generated
	 */
	int EVENT_SERIES = 2;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SERIES__COUNT = 0;

	/**
	 * The feature id for the '<em><b>Last Observed Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SERIES__LAST_OBSERVED_TIME = 1;

	/**
	 * The number of structural features of the '<em>Event Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_SERIES_FEATURE_COUNT = 2;


	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.events.v1.Event <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Event</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.Event
	 * @generated
	 */
	EClass getEvent();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.events.v1.Event#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.Event#getAction()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_Action();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.events.v1.Event#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.Event#getApiVersion()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_ApiVersion();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.events.v1.Event#getDeprecatedCount <em>Deprecated Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deprecated Count</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.Event#getDeprecatedCount()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_DeprecatedCount();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.events.v1.Event#getDeprecatedFirstTimestamp <em>Deprecated First Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deprecated First Timestamp</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.Event#getDeprecatedFirstTimestamp()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_DeprecatedFirstTimestamp();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.events.v1.Event#getDeprecatedLastTimestamp <em>Deprecated Last Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deprecated Last Timestamp</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.Event#getDeprecatedLastTimestamp()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_DeprecatedLastTimestamp();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.events.v1.Event#getDeprecatedSource <em>Deprecated Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Deprecated Source</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.Event#getDeprecatedSource()
	 * @see #getEvent()
	 * @generated
	 */
	EReference getEvent_DeprecatedSource();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.events.v1.Event#getEventTime <em>Event Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Time</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.Event#getEventTime()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_EventTime();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.events.v1.Event#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.Event#getKind()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.events.v1.Event#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.Event#getMetadata()
	 * @see #getEvent()
	 * @generated
	 */
	EReference getEvent_Metadata();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.events.v1.Event#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.Event#getNote()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_Note();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.events.v1.Event#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.Event#getReason()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_Reason();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.events.v1.Event#getRegarding <em>Regarding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Regarding</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.Event#getRegarding()
	 * @see #getEvent()
	 * @generated
	 */
	EReference getEvent_Regarding();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.events.v1.Event#getRelated <em>Related</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Related</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.Event#getRelated()
	 * @see #getEvent()
	 * @generated
	 */
	EReference getEvent_Related();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.events.v1.Event#getReportingController <em>Reporting Controller</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reporting Controller</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.Event#getReportingController()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_ReportingController();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.events.v1.Event#getReportingInstance <em>Reporting Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reporting Instance</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.Event#getReportingInstance()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_ReportingInstance();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.events.v1.Event#getSeries <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Series</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.Event#getSeries()
	 * @see #getEvent()
	 * @generated
	 */
	EReference getEvent_Series();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.events.v1.Event#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.Event#getType()
	 * @see #getEvent()
	 * @generated
	 */
	EAttribute getEvent_Type();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.events.v1.EventList <em>Event List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Event List</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.EventList
	 * @generated
	 */
	EClass getEventList();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.events.v1.EventList#getApiVersion <em>Api Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Version</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.EventList#getApiVersion()
	 * @see #getEventList()
	 * @generated
	 */
	EAttribute getEventList_ApiVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link io.pilothouse.model.k8s.events.v1.EventList#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.EventList#getItems()
	 * @see #getEventList()
	 * @generated
	 */
	EReference getEventList_Items();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.events.v1.EventList#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.EventList#getKind()
	 * @see #getEventList()
	 * @generated
	 */
	EAttribute getEventList_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link io.pilothouse.model.k8s.events.v1.EventList#getMetadata <em>Metadata</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Metadata</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.EventList#getMetadata()
	 * @see #getEventList()
	 * @generated
	 */
	EReference getEventList_Metadata();

	/**
	 * Returns the meta object for class '{@link io.pilothouse.model.k8s.events.v1.EventSeries <em>Event Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Event Series</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.EventSeries
	 * @generated
	 */
	EClass getEventSeries();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.events.v1.EventSeries#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.EventSeries#getCount()
	 * @see #getEventSeries()
	 * @generated
	 */
	EAttribute getEventSeries_Count();

	/**
	 * Returns the meta object for the attribute '{@link io.pilothouse.model.k8s.events.v1.EventSeries#getLastObservedTime <em>Last Observed Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Observed Time</em>'.
	 * @see io.pilothouse.model.k8s.events.v1.EventSeries#getLastObservedTime()
	 * @see #getEventSeries()
	 * @generated
	 */
	EAttribute getEventSeries_LastObservedTime();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	EventsV1Factory getEventsV1Factory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.events.v1.impl.EventImpl <em>Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.events.v1.impl.EventImpl
		 * @see io.pilothouse.model.k8s.events.v1.impl.EventsV1PackageImpl#getEvent()
		 * @generated
		 */
		EClass EVENT = eINSTANCE.getEvent();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__ACTION = eINSTANCE.getEvent_Action();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__API_VERSION = eINSTANCE.getEvent_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Deprecated Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__DEPRECATED_COUNT = eINSTANCE.getEvent_DeprecatedCount();

		/**
		 * The meta object literal for the '<em><b>Deprecated First Timestamp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__DEPRECATED_FIRST_TIMESTAMP = eINSTANCE.getEvent_DeprecatedFirstTimestamp();

		/**
		 * The meta object literal for the '<em><b>Deprecated Last Timestamp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__DEPRECATED_LAST_TIMESTAMP = eINSTANCE.getEvent_DeprecatedLastTimestamp();

		/**
		 * The meta object literal for the '<em><b>Deprecated Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT__DEPRECATED_SOURCE = eINSTANCE.getEvent_DeprecatedSource();

		/**
		 * The meta object literal for the '<em><b>Event Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__EVENT_TIME = eINSTANCE.getEvent_EventTime();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__KIND = eINSTANCE.getEvent_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT__METADATA = eINSTANCE.getEvent_Metadata();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__NOTE = eINSTANCE.getEvent_Note();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__REASON = eINSTANCE.getEvent_Reason();

		/**
		 * The meta object literal for the '<em><b>Regarding</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT__REGARDING = eINSTANCE.getEvent_Regarding();

		/**
		 * The meta object literal for the '<em><b>Related</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT__RELATED = eINSTANCE.getEvent_Related();

		/**
		 * The meta object literal for the '<em><b>Reporting Controller</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__REPORTING_CONTROLLER = eINSTANCE.getEvent_ReportingController();

		/**
		 * The meta object literal for the '<em><b>Reporting Instance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__REPORTING_INSTANCE = eINSTANCE.getEvent_ReportingInstance();

		/**
		 * The meta object literal for the '<em><b>Series</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT__SERIES = eINSTANCE.getEvent_Series();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT__TYPE = eINSTANCE.getEvent_Type();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.events.v1.impl.EventListImpl <em>Event List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.events.v1.impl.EventListImpl
		 * @see io.pilothouse.model.k8s.events.v1.impl.EventsV1PackageImpl#getEventList()
		 * @generated
		 */
		EClass EVENT_LIST = eINSTANCE.getEventList();

		/**
		 * The meta object literal for the '<em><b>Api Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_LIST__API_VERSION = eINSTANCE.getEventList_ApiVersion();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT_LIST__ITEMS = eINSTANCE.getEventList_Items();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_LIST__KIND = eINSTANCE.getEventList_Kind();

		/**
		 * The meta object literal for the '<em><b>Metadata</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT_LIST__METADATA = eINSTANCE.getEventList_Metadata();

		/**
		 * The meta object literal for the '{@link io.pilothouse.model.k8s.events.v1.impl.EventSeriesImpl <em>Event Series</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.pilothouse.model.k8s.events.v1.impl.EventSeriesImpl
		 * @see io.pilothouse.model.k8s.events.v1.impl.EventsV1PackageImpl#getEventSeries()
		 * @generated
		 */
		EClass EVENT_SERIES = eINSTANCE.getEventSeries();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_SERIES__COUNT = eINSTANCE.getEventSeries_Count();

		/**
		 * The meta object literal for the '<em><b>Last Observed Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_SERIES__LAST_OBSERVED_TIME = eINSTANCE.getEventSeries_LastObservedTime();

	}

} //EventsV1Package
