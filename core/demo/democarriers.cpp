// SPDX-License-Identifier: MIT
// Carriers of the demo data: their services with transit-time distributions, the lanes
// orders flow along, and each carrier's scan vocabulary (raw status codes and the wording
// its tracking pages use).
#include "democatalog.h"

#include <array>
#include <cstring>

namespace ct {

namespace {

// clang-format off

using S = DemoScan;

constexpr auto ScanSubtags = std::to_array<Subtag>({
    Subtag::InfoReceived,                        // LabelCreated
    Subtag::InTransitAccepted,                   // PickedUp
    Subtag::InTransitArrivedAtFacility,          // OriginScan
    Subtag::InTransitDeparted,                   // Departed
    Subtag::InTransitArrivedAtFacility,          // Arrived
    Subtag::InTransit,                           // OnTheWay
    Subtag::InTransitArrivedInDestinationCountry, // ArrivedDestinationCountry
    Subtag::InTransitCustomsClearanceStarted,    // CustomsStarted
    Subtag::InTransitCustomsCleared,             // CustomsCleared
    Subtag::InTransitArrivedAtDeliveryFacility,  // AtDeliveryFacility
    Subtag::OutForDelivery,                      // OutForDelivery
    Subtag::OutForDeliveryCustomerContacted,     // OutForDeliveryContacted
    Subtag::OutForDeliveryAppointmentScheduled,  // DeliveryRescheduled
    Subtag::Delivered,                           // Delivered
    Subtag::DeliveredSigned,                     // DeliveredSigned
    Subtag::DeliveredToNeighbourOrSafePlace,     // DeliveredSafePlace
    Subtag::DeliveredToNeighbourOrSafePlace,     // DeliveredNeighbour
    Subtag::DeliveredCashCollected,              // DeliveredCod
    Subtag::DeliveredPickedUp,                   // PickedUpByCustomer
    Subtag::AvailableForPickup,                  // AvailableForPickup
    Subtag::AttemptFailAddresseeUnavailable,     // FailUnavailable
    Subtag::AttemptFailBusinessClosed,           // FailBusinessClosed
    Subtag::AttemptFailAddressIssue,             // FailAddress
    Subtag::AttemptFailRefused,                  // FailRefused
    Subtag::AttemptFailNoAccess,                 // FailNoAccess
    Subtag::AttemptFailRescheduleRequested,      // FailReschedule
    Subtag::AttemptFailCodNotReady,              // FailCodNotReady
    Subtag::ExceptionAddressProblem,             // AddressProblem
    Subtag::ExceptionCustomerMoved,              // CustomerMoved
    Subtag::InTransitProblemResolved,            // AddressCorrected
    Subtag::InTransitForwarded,                  // Forwarded
    Subtag::ExceptionCustomsHold,                // CustomsHold
    Subtag::ExceptionHeldForPayment,             // HeldForPayment
    Subtag::ExceptionDelayedExternal,            // WeatherDelay
    Subtag::ExceptionDelayedCarrier,             // CarrierDelay
    Subtag::ExceptionDamaged,                    // Damaged
    Subtag::ExceptionLost,                       // Lost
    Subtag::ExceptionPickupNotCollected,         // NotCollected
    Subtag::ExceptionReturningToSender,          // ReturningToSender
    Subtag::ExceptionReturnedToSender,           // ReturnedToSender
    Subtag::InTransitProblemResolved,            // Resumed
});
static_assert(ScanSubtags.size() == DemoScanCount);

constexpr auto Generic = std::to_array<DemoScanText>({
    {S::LabelCreated, "LC", "Shipping label created, awaiting item"},
    {S::PickedUp, "PU", "Picked up by courier"},
    {S::OriginScan, "OS", "Processed at origin facility"},
    {S::Departed, "DP", "Departed facility"},
    {S::Arrived, "AR", "Arrived at sorting facility"},
    {S::OnTheWay, "IT", "In transit to next facility"},
    {S::ArrivedDestinationCountry, "AD", "Arrived in destination country"},
    {S::CustomsStarted, "CS", "Customs clearance started"},
    {S::CustomsCleared, "CC", "Cleared customs"},
    {S::AtDeliveryFacility, "AF", "Arrived at delivery facility"},
    {S::OutForDelivery, "OD", "Out for delivery"},
    {S::OutForDeliveryContacted, "OC", "Courier contacted the recipient, delivery today"},
    {S::DeliveryRescheduled, "RS", "Delivery rescheduled at the recipient's request"},
    {S::Delivered, "DL", "Delivered"},
    {S::DeliveredSigned, "DS", "Delivered, signed for"},
    {S::DeliveredSafePlace, "DF", "Delivered to safe place"},
    {S::DeliveredNeighbour, "DN", "Delivered to neighbour"},
    {S::DeliveredCod, "DC", "Delivered, cash on delivery collected"},
    {S::PickedUpByCustomer, "CP", "Collected by recipient from pickup point"},
    {S::AvailableForPickup, "AP", "Available for pickup at collection point"},
    {S::FailUnavailable, "NH", "Delivery attempted: recipient not available"},
    {S::FailBusinessClosed, "BC", "Delivery attempted: business closed"},
    {S::FailAddress, "BA", "Delivery attempted: address incomplete or not found"},
    {S::FailRefused, "RF", "Delivery refused by recipient"},
    {S::FailNoAccess, "NA", "Delivery attempted: no access to the delivery location"},
    {S::FailReschedule, "FD", "Recipient requested delivery on another day"},
    {S::FailCodNotReady, "CN", "Delivery attempted: cash on delivery amount not ready"},
    {S::AddressProblem, "AX", "Incorrect address: delivery on hold, contacting recipient"},
    {S::CustomerMoved, "MV", "Recipient has moved"},
    {S::AddressCorrected, "AU", "Address updated, delivery rescheduled"},
    {S::Forwarded, "FW", "Forwarded to the recipient's new address"},
    {S::CustomsHold, "CH", "Held by customs"},
    {S::HeldForPayment, "HP", "Awaiting payment of import duties and taxes"},
    {S::WeatherDelay, "WD", "Delayed due to severe weather"},
    {S::CarrierDelay, "TD", "Delayed in the network"},
    {S::Damaged, "DM", "Parcel damaged"},
    {S::Lost, "LS", "Parcel could not be located"},
    {S::NotCollected, "NC", "Not collected from the pickup point within the retention period"},
    {S::ReturningToSender, "RT", "Returning to sender"},
    {S::ReturnedToSender, "RD", "Returned to sender"},
    {S::Resumed, "RE", "Back in transit"},
});

constexpr auto Ups = std::to_array<DemoScanText>({
    {S::LabelCreated, "MP", "Shipper created a label, UPS has not received the package yet."},
    {S::PickedUp, "PU", "Pickup Scan"},
    {S::OriginScan, "OR", "Origin Scan"},
    {S::Departed, "DP", "Departed from Facility"},
    {S::Arrived, "AR", "Arrived at Facility"},
    {S::OnTheWay, "IT", "On the Way"},
    {S::OnTheWay, "YP", "Processing at UPS Facility"},
    {S::ArrivedDestinationCountry, "IP", "Import Scan"},
    {S::CustomsStarted, "CI", "Your package is in the process of clearing customs."},
    {S::CustomsCleared, "CR", "Your package was released by the customs agency."},
    {S::AtDeliveryFacility, "DS", "Destination Scan"},
    {S::OutForDelivery, "OT", "Out For Delivery Today"},
    {S::OutForDelivery, "OF", "Loaded on Delivery Vehicle"},
    {S::DeliveryRescheduled, "RP", "The receiver has requested a delivery on a later date. Delivery rescheduled."},
    {S::Delivered, "KB", "Delivered"},
    {S::DeliveredSigned, "KM", "Delivered. Signature Obtained."},
    {S::DeliveredSafePlace, "FS", "Delivered. Left at Front Door."},
    {S::DeliveredSafePlace, "FS", "Delivered. Left at Porch."},
    {S::DeliveredNeighbour, "KN", "Delivered. Left with Neighbor."},
    {S::PickedUpByCustomer, "2Q", "Delivered. Picked up at UPS Access Point location."},
    {S::AvailableForPickup, "ZP", "Delivered to UPS Access Point location and awaiting customer pickup."},
    {S::FailUnavailable, "48", "The receiver was not available for delivery. We'll make a second attempt the next business day."},
    {S::FailBusinessClosed, "4A", "The business was closed. We'll make another delivery attempt the next business day."},
    {S::FailAddress, "1B", "The street number is incorrect. We're attempting to update this information."},
    {S::FailRefused, "5R", "The receiver refused the delivery."},
    {S::FailNoAccess, "4B", "We were unable to access the delivery location. We'll make another attempt the next business day."},
    {S::FailReschedule, "AL", "The receiver has requested a delivery on a later date."},
    {S::AddressProblem, "1A", "The address is incomplete. We're attempting to update it. This may cause a delay."},
    {S::CustomerMoved, "1M", "The receiver has moved. We're attempting to obtain a new delivery address."},
    {S::AddressCorrected, "AC", "The receiver's address has been updated. We're delivering to the corrected address."},
    {S::Forwarded, "FW", "Your package is being forwarded to the receiver's new address."},
    {S::CustomsHold, "CH", "Your package is being held by the customs agency. We're working to resolve it."},
    {S::HeldForPayment, "HP", "Import charges are due. Pay them to release your package for delivery."},
    {S::WeatherDelay, "WX", "Severe weather conditions have delayed delivery."},
    {S::CarrierDelay, "DY", "Your package was delayed at a UPS facility. We're adjusting delivery plans as quickly as possible."},
    {S::CarrierDelay, "DY", "Your package missed a scheduled connection. We're adjusting plans to deliver it as quickly as possible."},
    {S::Damaged, "DM", "Your package was damaged. We're reviewing the contents."},
    {S::Lost, "LS", "We're unable to locate your package. A claim investigation has been opened."},
    {S::NotCollected, "NC", "The package was not picked up at the UPS Access Point location and will be returned to the sender."},
    {S::ReturningToSender, "RS", "Returning to Sender"},
    {S::ReturnedToSender, "RD", "Returned to Sender"},
    {S::Resumed, "IT", "We've resolved the issue and your package is back on the way."},
});

constexpr auto FedEx = std::to_array<DemoScanText>({
    {S::LabelCreated, "OC", "Shipment information sent to FedEx"},
    {S::PickedUp, "PU", "Picked up"},
    {S::OriginScan, "AR", "Arrived at FedEx location"},
    {S::Departed, "DP", "Departed FedEx location"},
    {S::Arrived, "AR", "Arrived at FedEx location"},
    {S::Arrived, "AR", "Arrived at FedEx hub"},
    {S::OnTheWay, "IT", "In transit"},
    {S::OnTheWay, "IT", "On the way"},
    {S::ArrivedDestinationCountry, "AR", "Arrived at FedEx hub in destination country"},
    {S::CustomsStarted, "CC", "Clearance in progress"},
    {S::CustomsCleared, "CC", "International shipment release - Import"},
    {S::AtDeliveryFacility, "AF", "At local FedEx facility"},
    {S::OutForDelivery, "OD", "On FedEx vehicle for delivery"},
    {S::Delivered, "DL", "Delivered"},
    {S::DeliveredSigned, "DL", "Delivered - Signed for by receiver"},
    {S::DeliveredSafePlace, "DL", "Delivered - Left at front door. Signature Service not requested."},
    {S::PickedUpByCustomer, "DL", "Delivered - Picked up at FedEx location"},
    {S::AvailableForPickup, "HL", "At FedEx hold location - ready for recipient pickup"},
    {S::FailUnavailable, "DE", "Delivery exception - Customer not available or business closed"},
    {S::FailBusinessClosed, "DE", "Delivery exception - Business closed"},
    {S::FailAddress, "DE", "Delivery exception - Incorrect address - Apartment number or suite missing"},
    {S::FailRefused, "DE", "Delivery exception - Refused by recipient"},
    {S::FailNoAccess, "DE", "Delivery exception - Unable to access the delivery location"},
    {S::FailReschedule, "DE", "Delivery exception - Future delivery requested"},
    {S::AddressProblem, "SE", "Shipment exception - Incorrect address"},
    {S::CustomerMoved, "SE", "Shipment exception - Recipient moved"},
    {S::AddressCorrected, "IT", "Delivery address corrected"},
    {S::Forwarded, "RR", "Delivery redirected to new address"},
    {S::CustomsHold, "CD", "Clearance delay - Import"},
    {S::HeldForPayment, "CD", "Clearance delay - Import duties and taxes due"},
    {S::WeatherDelay, "DY", "Delay - Local weather conditions"},
    {S::CarrierDelay, "DY", "Delay - Operational delay"},
    {S::CarrierDelay, "DY", "Delay - Missed connection"},
    {S::Damaged, "SE", "Shipment exception - Package damaged"},
    {S::Lost, "SE", "Shipment exception - Unable to locate package"},
    {S::NotCollected, "HL", "Not picked up at hold location"},
    {S::ReturningToSender, "RS", "Returning package to shipper"},
    {S::ReturnedToSender, "RS", "Returned to shipper"},
    {S::Resumed, "IT", "In transit - delay resolved"},
});

constexpr auto Usps = std::to_array<DemoScanText>({
    {S::LabelCreated, "GX", "Shipping Label Created, USPS Awaiting Item"},
    {S::PickedUp, "03", "USPS in possession of item"},
    {S::OriginScan, "10", "Accepted at USPS Origin Facility"},
    {S::Departed, "L1", "Departed USPS Regional Facility"},
    {S::Arrived, "U1", "Arrived at USPS Regional Facility"},
    {S::OnTheWay, "NT", "In Transit to Next Facility"},
    {S::OnTheWay, "NT", "Moving Through Network"},
    {S::ArrivedDestinationCountry, "A1", "Processed Through Facility (International Service Center)"},
    {S::CustomsStarted, "PC", "Presented to Customs"},
    {S::CustomsCleared, "CR", "Customs Clearance Processing Complete"},
    {S::AtDeliveryFacility, "07", "Arrived at Post Office"},
    {S::OutForDelivery, "OF", "Out for Delivery"},
    {S::Delivered, "01", "Delivered, In/At Mailbox"},
    {S::DeliveredSigned, "01", "Delivered, Left with Individual"},
    {S::DeliveredSafePlace, "01", "Delivered, Front Door/Porch"},
    {S::DeliveredSafePlace, "01", "Delivered, Parcel Locker"},
    {S::PickedUpByCustomer, "01", "Delivered, Individual Picked Up at Post Office"},
    {S::AvailableForPickup, "16", "Available for Pickup"},
    {S::FailUnavailable, "02", "Notice Left (No Authorized Recipient Available)"},
    {S::FailBusinessClosed, "51", "Notice Left (Business Closed)"},
    {S::FailAddress, "22", "Delivery Attempted - Insufficient Address"},
    {S::FailRefused, "04", "Refused"},
    {S::FailNoAccess, "53", "Delivery Attempted - No Access to Delivery Location"},
    {S::FailReschedule, "55", "Redelivery Scheduled for Another Day at Customer Request"},
    {S::AddressProblem, "05", "Undeliverable as Addressed"},
    {S::CustomerMoved, "23", "Moved, Left No Address"},
    {S::AddressCorrected, "AC", "Delivery Address Updated"},
    {S::Forwarded, "06", "Forwarded"},
    {S::CustomsHold, "IH", "Held in Customs"},
    {S::HeldForPayment, "IH", "Held in Customs - Duties Owed"},
    {S::WeatherDelay, "WX", "Delayed Due to Weather"},
    {S::CarrierDelay, "ML", "In Transit, Arriving Late"},
    {S::Damaged, "DM", "Damaged, Contents Being Reviewed"},
    {S::Lost, "LS", "Missing Mail Search Closed - Item Not Located"},
    {S::NotCollected, "27", "Unclaimed"},
    {S::ReturningToSender, "09", "Return to Sender Processed"},
    {S::ReturnedToSender, "01", "Delivered, To Original Sender"},
    {S::Resumed, "NT", "Moving Through Network"},
});

constexpr auto OnTrac = std::to_array<DemoScanText>({
    {S::LabelCreated, "OS", "Package data entered"},
    {S::PickedUp, "PS", "Package picked up"},
    {S::OriginScan, "RC", "Package received at OnTrac facility"},
    {S::Departed, "DP", "Departed OnTrac facility"},
    {S::Arrived, "AF", "Arrived at OnTrac facility"},
    {S::AtDeliveryFacility, "AD", "Arrived at local OnTrac facility"},
    {S::OutForDelivery, "OD", "Out for delivery"},
    {S::Delivered, "DL", "Delivered"},
    {S::DeliveredSafePlace, "DL", "Delivered - Front door"},
    {S::FailUnavailable, "AT", "Delivery attempted - no one available"},
    {S::FailAddress, "BA", "Delivery attempted - bad address"},
    {S::FailNoAccess, "NA", "Delivery attempted - gate or building locked"},
    {S::ReturningToSender, "RS", "Returning to shipper"},
    {S::ReturnedToSender, "RD", "Returned to shipper"},
});

constexpr auto DhlExpress = std::to_array<DemoScanText>({
    {S::LabelCreated, "SD", "Shipment information received"},
    {S::PickedUp, "PU", "Shipment picked up"},
    {S::OriginScan, "PL", "Processed at DHL facility"},
    {S::Departed, "DF", "Departed Facility"},
    {S::Arrived, "AF", "Arrived at DHL Sort Facility"},
    {S::OnTheWay, "TR", "Transferred through"},
    {S::ArrivedDestinationCountry, "AF", "Arrived at DHL Sort Facility in destination country"},
    {S::CustomsStarted, "CC", "Customs status updated"},
    {S::CustomsCleared, "CR", "Clearance processing complete"},
    {S::AtDeliveryFacility, "AR", "Arrived at Delivery Facility"},
    {S::OutForDelivery, "WC", "With delivery courier"},
    {S::Delivered, "OK", "Delivered"},
    {S::DeliveredSigned, "OK", "Delivered - Signed for by receiver"},
    {S::DeliveredNeighbour, "OK", "Delivered to neighbour"},
    {S::AvailableForPickup, "AC", "Awaiting collection by receiver at DHL ServicePoint"},
    {S::PickedUpByCustomer, "OK", "Collected by receiver at DHL ServicePoint"},
    {S::FailUnavailable, "NH", "Receiver not home - delivery will be re-attempted"},
    {S::FailBusinessClosed, "CA", "Closed on arrival"},
    {S::FailAddress, "BA", "Delivery attempted; address incorrect"},
    {S::FailRefused, "RD", "Refused delivery"},
    {S::FailNoAccess, "NA", "Access to receiver's premises not possible"},
    {S::FailReschedule, "AD", "Receiver requested delivery on another date"},
    {S::AddressProblem, "BA", "Incorrect address - awaiting correct delivery address"},
    {S::CustomerMoved, "CM", "Consignee has moved"},
    {S::AddressCorrected, "CA", "Delivery address corrected"},
    {S::Forwarded, "FW", "Forwarded to new delivery address"},
    {S::CustomsHold, "CD", "Clearance delay"},
    {S::CustomsHold, "OH", "Shipment on hold - further information required by customs"},
    {S::HeldForPayment, "HP", "Held for payment - duties and taxes due"},
    {S::WeatherDelay, "TD", "Transport delay due to adverse weather"},
    {S::CarrierDelay, "TD", "Transport delay - missed connection"},
    {S::CarrierDelay, "MS", "Mis-sorted - rerouted"},
    {S::Damaged, "DM", "Shipment damaged"},
    {S::Lost, "NF", "Shipment could not be located"},
    {S::NotCollected, "UC", "Not collected within the holding period"},
    {S::ReturningToSender, "RT", "Being returned to shipper"},
    {S::ReturnedToSender, "RS", "Shipment returned to shipper"},
    {S::Resumed, "PL", "Processed - shipment released and back in transit"},
});

constexpr auto DhlPaket = std::to_array<DemoScanText>({
    {S::LabelCreated, "VA", "The instruction data for this shipment have been provided by the sender to DHL electronically"},
    {S::PickedUp, "EE", "The shipment has been picked up"},
    {S::OriginScan, "AA", "The shipment has been processed in the parcel center of origin"},
    {S::Departed, "AB", "The shipment has been transported to the destination parcel center"},
    {S::Arrived, "ZE", "The shipment has been processed in the parcel center"},
    {S::OnTheWay, "IT", "The shipment is on its way"},
    {S::ArrivedDestinationCountry, "ZL", "The shipment has arrived in the destination country"},
    {S::CustomsStarted, "ZK", "The shipment is being processed by customs"},
    {S::CustomsCleared, "ZF", "The shipment has been released by customs"},
    {S::AtDeliveryFacility, "EZ", "The shipment has been processed in the destination parcel center"},
    {S::OutForDelivery, "ZU", "The shipment has been loaded onto the delivery vehicle"},
    {S::Delivered, "ZS", "The shipment has been delivered to the recipient"},
    {S::DeliveredNeighbour, "ZN", "The shipment has been delivered to the neighbour"},
    {S::DeliveredSafePlace, "ZA", "The shipment has been delivered to the recipient's preferred location"},
    {S::AvailableForPickup, "PS", "The shipment is ready for pick-up at the PACKSTATION"},
    {S::AvailableForPickup, "PF", "The shipment is ready for pick-up at the retail outlet"},
    {S::PickedUpByCustomer, "PA", "The shipment has been picked up from the PACKSTATION"},
    {S::FailUnavailable, "NZ", "The recipient was not present. The shipment could not be delivered"},
    {S::FailAddress, "NA", "The shipment could not be delivered because the address is incomplete"},
    {S::FailRefused, "AV", "The recipient has refused to accept the shipment"},
    {S::AddressProblem, "AF", "The address is incorrect. The recipient's address is being checked"},
    {S::CustomerMoved, "UM", "The recipient has moved. The new address is being determined"},
    {S::AddressCorrected, "AK", "The address has been corrected. The shipment will be delivered"},
    {S::WeatherDelay, "VW", "The shipment is delayed due to the weather"},
    {S::CarrierDelay, "VZ", "The shipment is delayed in the network"},
    {S::Damaged, "BS", "The shipment has been damaged and is being checked"},
    {S::Lost, "VL", "The shipment could not be located"},
    {S::NotCollected, "NA", "The shipment was not picked up within the storage period"},
    {S::ReturningToSender, "RS", "The shipment is on its way back to the sender"},
    {S::ReturnedToSender, "RZ", "The shipment has been delivered back to the sender"},
    {S::Resumed, "IT", "The shipment is on its way again"},
});

constexpr auto Delhivery = std::to_array<DemoScanText>({
    {S::LabelCreated, "X-UCI", "Manifested"},
    {S::PickedUp, "X-PPOM", "Shipment picked up"},
    {S::OriginScan, "X-PIOM", "Shipment received at origin facility"},
    {S::Departed, "X-DLL2F", "Trip departed"},
    {S::Departed, "X-DBL1F", "Bag dispatched to destination hub"},
    {S::Arrived, "X-ILL2F", "Trip arrived"},
    {S::Arrived, "X-IBD1F", "Bag received at facility"},
    {S::OnTheWay, "X-IT", "In transit to destination hub"},
    {S::AtDeliveryFacility, "X-IDD2F", "Shipment received at delivery center"},
    {S::OutForDelivery, "X-DDD3FD", "Out for delivery"},
    {S::OutForDeliveryContacted, "X-DDD3FC", "Customer contacted, shipment out for delivery"},
    {S::DeliveryRescheduled, "X-RSCH", "Delivery rescheduled as per customer request"},
    {S::Delivered, "EOD-38", "Delivered to consignee"},
    {S::DeliveredCod, "EOD-38", "Delivered to consignee, COD amount collected"},
    {S::AvailableForPickup, "X-SC", "Available for self-collect at delivery center"},
    {S::PickedUpByCustomer, "EOD-SC", "Self-collected by consignee"},
    {S::FailUnavailable, "EOD-74", "Consignee unavailable"},
    {S::FailBusinessClosed, "EOD-69", "Office/premises closed"},
    {S::FailAddress, "EOD-111", "Consignee address incomplete or not found"},
    {S::FailRefused, "EOD-11", "Consignee refused to accept"},
    {S::FailNoAccess, "EOD-86", "Entry restricted at delivery location"},
    {S::FailReschedule, "EOD-104", "Consignee requested future delivery"},
    {S::FailCodNotReady, "EOD-6", "Consignee unable to pay COD amount"},
    {S::AddressProblem, "ST-107", "Address incorrect - awaiting details from consignee"},
    {S::CustomerMoved, "ST-108", "Consignee shifted from the given address"},
    {S::AddressCorrected, "ST-109", "Updated address received, reattempt scheduled"},
    {S::Forwarded, "X-RDC", "Shipment forwarded to updated address"},
    {S::WeatherDelay, "ST-116", "Delay due to heavy rain / natural calamity"},
    {S::CarrierDelay, "ST-102", "Shipment delayed due to network issue"},
    {S::CarrierDelay, "ST-103", "Vehicle delayed, shipment will be connected in next trip"},
    {S::Damaged, "ST-105", "Shipment damaged"},
    {S::Lost, "LT-100", "Shipment lost in transit"},
    {S::NotCollected, "ST-120", "Not collected by consignee from delivery center"},
    {S::ReturningToSender, "RT-101", "Return to origin (RTO) initiated"},
    {S::ReturnedToSender, "RT-110", "RTO delivered to shipper"},
    {S::Resumed, "X-IT", "Shipment back in transit"},
});

constexpr auto BlueDart = std::to_array<DemoScanText>({
    {S::LabelCreated, "SB", "Online shipment booked"},
    {S::PickedUp, "PU", "Shipment picked up"},
    {S::OriginScan, "IS", "Shipment inscan at origin"},
    {S::Departed, "OS", "Shipment outscanned to network"},
    {S::Arrived, "AR", "Shipment arrived"},
    {S::OnTheWay, "IT", "In transit"},
    {S::AtDeliveryFacility, "AD", "Shipment arrived at destination location"},
    {S::OutForDelivery, "OD", "Shipment out for delivery"},
    {S::Delivered, "DL", "Shipment delivered"},
    {S::DeliveredCod, "DL", "Shipment delivered, COD collected"},
    {S::DeliveredSigned, "DL", "Shipment delivered, signature obtained"},
    {S::AvailableForPickup, "SC", "Shipment held for self collection"},
    {S::PickedUpByCustomer, "DL", "Shipment collected by consignee"},
    {S::FailUnavailable, "UD", "Consignee not available"},
    {S::FailBusinessClosed, "UD", "Premises closed"},
    {S::FailAddress, "UD", "Consignee address incorrect"},
    {S::FailRefused, "UD", "Consignee refused to accept"},
    {S::FailNoAccess, "UD", "Delivery area not accessible"},
    {S::FailReschedule, "UD", "Consignee requested delivery on another date"},
    {S::FailCodNotReady, "UD", "Consignee not ready with COD amount"},
    {S::AddressProblem, "AH", "Address incomplete - shipment on hold"},
    {S::CustomerMoved, "AH", "Consignee shifted"},
    {S::AddressCorrected, "AU", "Address updated by shipper"},
    {S::WeatherDelay, "DY", "Delay due to inclement weather"},
    {S::CarrierDelay, "DY", "Connection delayed"},
    {S::Damaged, "DM", "Shipment damaged in transit"},
    {S::Lost, "LS", "Shipment untraceable"},
    {S::ReturningToSender, "RT", "Return to shipper initiated"},
    {S::ReturnedToSender, "RD", "Shipment returned to shipper"},
    {S::Resumed, "IT", "Shipment in transit"},
});

constexpr auto Xpressbees = std::to_array<DemoScanText>({
    {S::LabelCreated, "DRC", "Data received"},
    {S::PickedUp, "PKD", "Picked up"},
    {S::OriginScan, "IT", "Received at origin hub"},
    {S::Departed, "IT", "Connected to destination hub"},
    {S::Arrived, "IT", "Received at hub"},
    {S::OnTheWay, "IT", "In transit"},
    {S::AtDeliveryFacility, "RAD", "Reached at destination"},
    {S::OutForDelivery, "OFD", "Out for delivery"},
    {S::Delivered, "DLVD", "Delivered"},
    {S::DeliveredCod, "DLVD", "Delivered, cash collected"},
    {S::FailUnavailable, "UD", "Undelivered - customer not available"},
    {S::FailBusinessClosed, "UD", "Undelivered - premises closed"},
    {S::FailAddress, "UD", "Undelivered - incomplete address"},
    {S::FailRefused, "UD", "Undelivered - customer refused to accept"},
    {S::FailNoAccess, "UD", "Undelivered - entry not allowed"},
    {S::FailReschedule, "UD", "Undelivered - customer asked for future delivery"},
    {S::FailCodNotReady, "UD", "Undelivered - customer not ready with cash"},
    {S::Damaged, "STD", "Shipment damaged"},
    {S::Lost, "LOST", "Shipment lost"},
    {S::ReturningToSender, "RTO", "RTO initiated"},
    {S::ReturnedToSender, "RTD", "RTO delivered"},
});

constexpr auto EcomExpress = std::to_array<DemoScanText>({
    {S::LabelCreated, "001", "Soft data uploaded"},
    {S::PickedUp, "0011", "Picked up"},
    {S::OriginScan, "002", "Shipment in-scan"},
    {S::Departed, "003", "Bag scanned and dispatched"},
    {S::Arrived, "004", "Bag in-scan at hub"},
    {S::AtDeliveryFacility, "005", "Shipment in-scan at delivery center"},
    {S::OutForDelivery, "006", "Out for delivery"},
    {S::Delivered, "999", "Delivered"},
    {S::DeliveredCod, "999", "Delivered, cash collected"},
    {S::FailUnavailable, "228", "Consignee not available"},
    {S::FailRefused, "207", "Consignee refused shipment"},
    {S::FailAddress, "209", "Incomplete address"},
    {S::FailNoAccess, "227", "Entry not permitted at delivery location"},
    {S::FailReschedule, "219", "Consignee asked for future delivery"},
    {S::FailCodNotReady, "218", "Consignee not ready with cash"},
    {S::ReturningToSender, "777", "RTO initiated"},
    {S::ReturnedToSender, "77", "RTO delivered to shipper"},
});

constexpr auto Dpd = std::to_array<DemoScanText>({
    {S::LabelCreated, "00", "Order information has been transmitted to DPD."},
    {S::PickedUp, "05", "We've collected the parcel from the sender."},
    {S::OriginScan, "02", "The parcel has been received at the DPD depot."},
    {S::Departed, "10", "In transit."},
    {S::Arrived, "10", "The parcel has arrived at the DPD hub."},
    {S::OnTheWay, "10", "In transit."},
    {S::ArrivedDestinationCountry, "10", "The parcel has arrived in the destination country."},
    {S::AtDeliveryFacility, "02", "At parcel delivery centre."},
    {S::OutForDelivery, "03", "Out for delivery."},
    {S::OutForDeliveryContacted, "03", "Your parcel will be delivered today within your Predict time slot."},
    {S::Delivered, "13", "Delivered."},
    {S::DeliveredNeighbour, "13", "Delivered to neighbour."},
    {S::DeliveredSafePlace, "13", "Delivered to your safe place."},
    {S::AvailableForPickup, "23", "Delivered to DPD Pickup parcelshop."},
    {S::PickedUpByCustomer, "13", "Collected by consignee from DPD Pickup parcelshop."},
    {S::FailUnavailable, "14", "We could not deliver the parcel: consignee not at home."},
    {S::FailBusinessClosed, "14", "Not delivered: company closed."},
    {S::FailAddress, "14", "Not delivered: address incorrect or incomplete."},
    {S::FailRefused, "14", "Acceptance of the parcel refused by consignee."},
    {S::FailNoAccess, "14", "Not delivered: no access to the delivery address."},
    {S::FailReschedule, "14", "Delivery postponed at the consignee's request."},
    {S::AddressProblem, "09", "Incorrect address. We're clarifying the address with the consignee."},
    {S::CustomerMoved, "09", "Consignee has moved."},
    {S::AddressCorrected, "09", "Address corrected. The parcel will be delivered with the next tour."},
    {S::WeatherDelay, "17", "Delay due to adverse weather conditions."},
    {S::CarrierDelay, "17", "Delay in the network: the parcel will be delivered with the next possible tour."},
    {S::Damaged, "16", "Parcel damaged, contents being checked."},
    {S::Lost, "18", "The parcel could not be located."},
    {S::NotCollected, "15", "Not collected from DPD Pickup parcelshop within the storage period."},
    {S::ReturningToSender, "06", "The parcel is being returned to the sender."},
    {S::ReturnedToSender, "06", "Returned to sender."},
    {S::Resumed, "10", "In transit."},
});

constexpr auto Gls = std::to_array<DemoScanText>({
    {S::LabelCreated, "PREADVICE", "The parcel data was entered into the GLS IT system; the parcel was not yet handed over to GLS."},
    {S::PickedUp, "INPICKUP", "The parcel has been picked up by GLS."},
    {S::OriginScan, "INWAREHOUSE", "The parcel has reached the parcel center."},
    {S::Departed, "INTRANSIT", "The parcel has left the parcel center."},
    {S::Arrived, "INWAREHOUSE", "The parcel has reached the parcel center."},
    {S::AtDeliveryFacility, "INWAREHOUSE", "The parcel has reached the delivery depot."},
    {S::OutForDelivery, "INDELIVERY", "The parcel is expected to be delivered during the day."},
    {S::Delivered, "DELIVERED", "The parcel has been delivered."},
    {S::DeliveredNeighbour, "DELIVERED", "The parcel has been delivered to the neighbour."},
    {S::AvailableForPickup, "DELIVEREDPS", "The parcel has been delivered at the ParcelShop."},
    {S::PickedUpByCustomer, "DELIVERED", "The parcel has been picked up by the consignee at the ParcelShop."},
    {S::FailUnavailable, "NOTDELIVERED", "The parcel could not be delivered as the consignee was absent."},
    {S::FailBusinessClosed, "NOTDELIVERED", "The parcel could not be delivered as the reception was closed."},
    {S::FailAddress, "NOTDELIVERED", "The parcel could not be delivered as the consignee's address is not correct."},
    {S::FailRefused, "NOTDELIVERED", "The parcel could not be delivered as the consignee refused to accept it."},
    {S::NotCollected, "NOTDELIVERED", "The parcel was not picked up at the ParcelShop within the storage period."},
    {S::ReturningToSender, "RETURN", "The parcel is being returned to the shipper."},
    {S::ReturnedToSender, "RETURNED", "The parcel has been returned to the shipper."},
});

constexpr auto PostNL = std::to_array<DemoScanText>({
    {S::LabelCreated, "A01", "Shipment pre-alerted, not yet received by PostNL"},
    {S::PickedUp, "B01", "Shipment received by PostNL"},
    {S::OriginScan, "J01", "Shipment sorted"},
    {S::Departed, "J05", "Shipment in transit"},
    {S::Arrived, "J01", "Shipment sorted"},
    {S::AtDeliveryFacility, "J40", "Shipment at the distribution centre"},
    {S::OutForDelivery, "J16", "Shipment out for delivery"},
    {S::Delivered, "I01", "Delivered"},
    {S::DeliveredNeighbour, "I01", "Delivered at neighbours"},
    {S::DeliveredSafePlace, "I01", "Delivered in mailbox"},
    {S::AvailableForPickup, "I10", "Shipment ready for pickup at PostNL point"},
    {S::PickedUpByCustomer, "I11", "Picked up at PostNL point"},
    {S::FailUnavailable, "H01", "Recipient not at home, card left"},
    {S::FailAddress, "H04", "Address unknown or incomplete"},
    {S::FailRefused, "H05", "Delivery refused by recipient"},
    {S::NotCollected, "H12", "Not picked up within the collection period"},
    {S::ReturningToSender, "H11", "Shipment being returned to sender"},
    {S::ReturnedToSender, "I05", "Returned to sender"},
});

constexpr auto Colissimo = std::to_array<DemoScanText>({
    {S::LabelCreated, "DR1", "Your parcel is ready to be shipped. It will soon be handed over to La Poste."},
    {S::PickedUp, "PC1", "Your parcel has been handed over to La Poste."},
    {S::OriginScan, "ET1", "Your parcel is being processed by La Poste."},
    {S::Departed, "ET2", "Your parcel is in transit."},
    {S::Arrived, "ET3", "Your parcel is being processed in our sorting centre."},
    {S::ArrivedDestinationCountry, "ET4", "Your parcel has arrived in the destination country."},
    {S::CustomsStarted, "DO1", "Your parcel is going through customs."},
    {S::CustomsCleared, "DO2", "Your parcel has cleared customs."},
    {S::AtDeliveryFacility, "ET4", "Your parcel has arrived at its delivery site."},
    {S::OutForDelivery, "MD2", "Your parcel is out for delivery."},
    {S::Delivered, "DI1", "Your parcel has been delivered."},
    {S::DeliveredSafePlace, "DI1", "Your parcel has been delivered to your mailbox."},
    {S::AvailableForPickup, "AG1", "Your parcel is available at your pickup point."},
    {S::PickedUpByCustomer, "DI1", "Your parcel has been collected from your pickup point."},
    {S::FailUnavailable, "AG1", "You were absent when we tried to deliver. A notice has been left."},
    {S::FailAddress, "ND1", "Your parcel could not be delivered: the address is incomplete."},
    {S::FailRefused, "ND1", "Your parcel has been refused by the recipient."},
    {S::AddressProblem, "PB1", "A problem with the address is delaying delivery."},
    {S::AddressCorrected, "PB2", "The problem has been resolved. Your parcel is on its way."},
    {S::WeatherDelay, "PB1", "Delivery is delayed due to weather conditions."},
    {S::CarrierDelay, "PB1", "Your parcel is delayed. We are doing our best to deliver it as soon as possible."},
    {S::Damaged, "PB1", "Your parcel has been damaged; its contents are being checked."},
    {S::NotCollected, "RE1", "Your parcel was not collected from the pickup point within the time limit."},
    {S::ReturningToSender, "RE1", "Your parcel is being returned to the sender."},
    {S::ReturnedToSender, "DI2", "Your parcel has been returned to the sender."},
    {S::Resumed, "PB2", "The problem has been resolved. Your parcel is on its way."},
});

constexpr auto RoyalMail = std::to_array<DemoScanText>({
    {S::LabelCreated, "EVNMI", "Sender despatching soon"},
    {S::PickedUp, "EVAIP", "We've got it"},
    {S::OriginScan, "EVIAV", "Item received at mail centre"},
    {S::Departed, "EVGPD", "It's on its way"},
    {S::Arrived, "EVIAV", "Item received at mail centre"},
    {S::OnTheWay, "EVGPD", "It's on its way"},
    {S::AtDeliveryFacility, "EVODO", "We're preparing it for delivery"},
    {S::OutForDelivery, "EVOAC", "Out for delivery"},
    {S::Delivered, "EVKSP", "Delivered"},
    {S::DeliveredSafePlace, "EVKSF", "Delivered to safeplace"},
    {S::DeliveredNeighbour, "EVKNB", "Delivered to neighbour"},
    {S::DeliveredSigned, "EVKSS", "Delivered and signed for"},
    {S::AvailableForPickup, "EVNRC", "Ready for collection at delivery office"},
    {S::PickedUpByCustomer, "EVKCL", "Collected from delivery office"},
    {S::FailUnavailable, "EVNSM", "Sorry we missed you"},
    {S::FailAddress, "EVNAD", "We couldn't deliver it: the address was incomplete"},
    {S::FailRefused, "EVNRF", "Delivery refused"},
    {S::FailNoAccess, "EVNAC", "We couldn't get access to deliver it"},
    {S::AddressProblem, "EVNAI", "Address issue: we're holding it while we check the address"},
    {S::WeatherDelay, "EVDLW", "Delayed due to adverse weather"},
    {S::CarrierDelay, "EVDLY", "Running later than expected"},
    {S::Damaged, "EVDMG", "Item damaged, we're checking the contents"},
    {S::NotCollected, "EVNUC", "Not collected from the delivery office"},
    {S::ReturningToSender, "EVRTS", "Being returned to sender"},
    {S::ReturnedToSender, "EVRTD", "Returned to sender"},
});

constexpr auto Carriers = std::to_array<DemoCarrierProfile>({
    {"ups", false, Ups, DemoTrackingFormat::Ups, "90"},
    {"fedex", true, FedEx, DemoTrackingFormat::FedEx, ""},
    {"usps", true, Usps, DemoTrackingFormat::UspsDomestic, "9202111"},
    {"ontrac", false, OnTrac, DemoTrackingFormat::OnTrac, "D1"},
    {"dhl", false, DhlExpress, DemoTrackingFormat::DhlExpress, ""},
    {"deutsche-post", false, DhlPaket, DemoTrackingFormat::DhlPaket, "003404341"},
    {"delhivery", false, Delhivery, DemoTrackingFormat::Delhivery, ""},
    {"bluedart", true, BlueDart, DemoTrackingFormat::BlueDart, ""},
    {"xpressbees", false, Xpressbees, DemoTrackingFormat::Xpressbees, ""},
    {"ecom-express", true, EcomExpress, DemoTrackingFormat::EcomExpress, ""},
    {"dpd", false, Dpd, DemoTrackingFormat::Dpd, "05"},
    {"gls", false, Gls, DemoTrackingFormat::Gls, ""},
    {"postnl", false, PostNL, DemoTrackingFormat::PostNL, "3S"},
    {"colissimo", false, Colissimo, DemoTrackingFormat::Colissimo, "8R"},
    {"royal-mail", false, RoyalMail, DemoTrackingFormat::RoyalMailTracked, "JD"},
});

using F = DemoTrackingFormat;
constexpr DemoTransit None = {0, 0, 0, 0};

// Transit bands: near (same region), far (same country), intl (same continent),
// world (intercontinental); {min, max, median x100, sigma x1000} in working days.
constexpr auto Services = std::to_array<DemoService>({
    // United States
    {"ups", "UPS Ground", {1, 3, 200, 350}, {3, 5, 400, 150}, None, None,
     DemoMonFri, 40, 0, F::Ups, "03", 0, 0},
    {"ups", "UPS 2nd Day Air", {2, 2, 200, 50}, {2, 2, 200, 50}, None, None,
     DemoMonFri, 20, 0, F::Ups, "02", DemoExpress, 0},
    {"ups", "UPS Next Day Air", {1, 1, 100, 50}, {1, 1, 100, 50}, None, None,
     DemoMonFri, 30, 0, F::Ups, "01", DemoExpress | DemoSignature, 10 * 60 + 30},
    {"ups", "UPS Worldwide Saver", None, None, {2, 4, 280, 200}, {3, 6, 400, 200},
     DemoMonFri, 0, 0, F::Ups, "65", DemoExpress, 0},
    {"fedex", "FedEx Home Delivery", {1, 3, 200, 350}, {3, 5, 400, 150}, None, None,
     DemoMonFri, 85, 0, F::FedEx, "", 0, 0},
    {"fedex", "FedEx 2Day", {2, 2, 200, 50}, {2, 2, 200, 50}, None, None,
     DemoMonFri, 20, 0, F::FedEx, "", DemoExpress, 0},
    {"fedex", "FedEx International Priority", None, None, {2, 4, 260, 200}, {3, 6, 380, 200},
     DemoMonFri, 0, 0, F::FedEx, "", DemoExpress | DemoSignature, 0},
    {"usps", "USPS Ground Advantage", {2, 5, 300, 300}, {3, 6, 450, 200}, None, None,
     DemoMonSat, 0, 10, F::UspsDomestic, "9400111", 0, 0},
    {"usps", "Priority Mail", {1, 3, 160, 300}, {2, 3, 250, 200}, None, None,
     DemoMonSat, 0, 25, F::UspsDomestic, "9405511", 0, 0},
    {"usps", "Priority Mail Express", {1, 2, 110, 300}, {1, 2, 140, 300}, None, None,
     DemoMonSat, 0, 60, F::UspsDomestic, "9470111", DemoExpress | DemoSignature, 18 * 60},
    {"usps", "First-Class Package International Service", None, None, {7, 14, 1000, 250},
     {7, 14, 1000, 250}, DemoMonFri, 0, 0, F::UspsInternational, "LZ", DemoEconomy, 0},
    {"ontrac", "OnTrac Ground", {1, 2, 130, 300}, {2, 3, 220, 200}, None, None,
     DemoMonSat, 0, 0, F::OnTrac, "D1", 0, 0},
    // India
    {"delhivery", "Delhivery Surface", {3, 5, 350, 200}, {4, 8, 550, 250}, None, None,
     DemoMonSat, 0, 0, F::Delhivery, "", 0, 0},
    {"delhivery", "Delhivery Express", {2, 3, 220, 200}, {2, 4, 280, 200}, None, None,
     DemoMonSat, 0, 0, F::Delhivery, "", DemoExpress, 0},
    {"bluedart", "Blue Dart Apex", {1, 2, 140, 300}, {1, 3, 200, 250}, None, None,
     DemoMonSat, 0, 0, F::BlueDart, "", DemoExpress, 0},
    {"bluedart", "Blue Dart Surface", {2, 4, 300, 250}, {4, 7, 500, 200}, None, None,
     DemoMonSat, 0, 0, F::BlueDart, "", 0, 0},
    {"xpressbees", "Xpressbees Standard", {2, 5, 330, 250}, {4, 8, 550, 250}, None, None,
     DemoMonSat, 0, 0, F::Xpressbees, "", 0, 0},
    {"ecom-express", "Ecom Express Standard", {2, 5, 350, 250}, {4, 8, 560, 250}, None, None,
     DemoMonSat, 0, 0, F::EcomExpress, "", 0, 0},
    // Europe
    {"deutsche-post", "DHL Paket", {1, 2, 110, 300}, {1, 3, 140, 350}, None, None,
     DemoMonSat, 0, 0, F::DhlPaket, "003404341", 0, 0},
    {"deutsche-post", "DHL Paket International", None, None, {2, 5, 300, 250},
     {7, 14, 950, 250}, DemoMonFri, 0, 0, F::DhlPaketInternational, "CX", DemoEconomy, 0},
    {"dpd", "DPD Predict", {1, 2, 110, 300}, {1, 3, 140, 350}, None, None,
     DemoMonFri, 15, 0, F::Dpd, "05", 0, 0},
    {"dpd", "DPD Classic", {1, 2, 110, 300}, {1, 3, 140, 350}, {2, 4, 280, 250}, None,
     DemoMonFri, 0, 0, F::Dpd, "05", 0, 0},
    {"dpd", "DPD Pickup", {1, 2, 120, 300}, {1, 3, 150, 350}, {2, 4, 290, 250}, None,
     DemoMonFri, 0, 0, F::Dpd, "05", DemoPickupPoint, 0},
    {"dpd", "DPD Next Day", {1, 1, 100, 50}, {1, 2, 110, 300}, None, None,
     DemoMonFri, 10, 0, F::Dpd, "05", 0, 0},
    {"gls", "GLS BusinessParcel", {1, 3, 150, 350}, {1, 3, 170, 350}, {2, 5, 300, 250}, None,
     DemoMonFri, 0, 0, F::Gls, "", 0, 0},
    {"gls", "GLS ShopDeliveryService", {1, 3, 160, 350}, {1, 3, 180, 350}, {2, 5, 310, 250},
     None, DemoMonFri, 0, 0, F::Gls, "", DemoPickupPoint, 0},
    {"postnl", "PostNL Standaard Pakket", {1, 2, 110, 250}, {1, 2, 120, 250}, None, None,
     DemoMonSat, 0, 0, F::PostNL, "3S", 0, 0},
    {"postnl", "PostNL Pakket Afhaalpunt", {1, 2, 120, 250}, {1, 2, 130, 250}, None, None,
     DemoMonSat, 0, 0, F::PostNL, "3S", DemoPickupPoint, 0},
    {"colissimo", "Colissimo Domicile", {1, 3, 180, 300}, {2, 3, 220, 250}, None, None,
     DemoMonSat, 0, 0, F::Colissimo, "6A", 0, 0},
    {"colissimo", "Colissimo Point Retrait", {2, 4, 220, 250}, {2, 4, 260, 250}, None, None,
     DemoMonSat, 0, 0, F::Colissimo, "6A", DemoPickupPoint, 0},
    {"royal-mail", "Royal Mail Tracked 24", {1, 2, 110, 300}, {1, 2, 130, 300}, None, None,
     DemoMonSat, 0, 0, F::RoyalMailTracked, "JD", 0, 0},
    {"royal-mail", "Royal Mail Tracked 48", {2, 3, 220, 200}, {2, 3, 240, 200}, None, None,
     DemoMonSat, 0, 0, F::RoyalMailTracked, "JD", 0, 0},
    {"royal-mail", "Special Delivery Guaranteed", {1, 1, 100, 50}, {1, 1, 100, 50}, None, None,
     DemoMonFri, 0, 0, F::RoyalMailSpecial, "ZW", DemoExpress | DemoSignature, 13 * 60},
    {"dhl", "DHL Express Worldwide", {1, 2, 120, 300}, {1, 2, 130, 300}, {1, 3, 180, 300},
     {3, 6, 380, 200}, DemoMonFri, 0, 0, F::DhlExpress, "", DemoExpress | DemoSignature, 0},
});

constexpr auto Lanes = std::to_array<DemoLane>({
    {"US domestic", 4200, "US:Reno|US:Dallas|US:Columbus|US:Edison|US:McDonough", "US:1",
     "UPS Ground:22|UPS 2nd Day Air:3|UPS Next Day Air:1|FedEx Home Delivery:15|FedEx 2Day:3|"
     "USPS Ground Advantage:25|Priority Mail:12|Priority Mail Express:1|OnTrac Ground:8",
     -360},
    {"India domestic", 2700, "IN:Bhiwandi|IN:Gurugram|IN:Bengaluru|IN:Howrah", "IN:1",
     "Delhivery Surface:30|Delhivery Express:8|Blue Dart Apex:12|Blue Dart Surface:5|"
     "Xpressbees Standard:20|Ecom Express Standard:15",
     330},
    {"Germany domestic", 600, "DE:Erfurt", "DE:1",
     "DHL Paket:55|DPD Predict:18|DPD Pickup:7|GLS BusinessParcel:14|GLS ShopDeliveryService:6",
     60},
    {"France domestic", 400, "FR:Lyon", "FR:1",
     "Colissimo Domicile:45|Colissimo Point Retrait:20|DPD Predict:15|DPD Pickup:8|"
     "GLS BusinessParcel:12",
     60},
    {"Netherlands domestic", 300, "NL:Tilburg", "NL:1",
     "PostNL Standaard Pakket:60|PostNL Pakket Afhaalpunt:15|DPD Predict:15|DPD Pickup:10", 60},
    {"UK domestic", 500, "GB:Daventry", "GB:1",
     "Royal Mail Tracked 48:40|Royal Mail Tracked 24:22|Special Delivery Guaranteed:3|"
     "DPD Next Day:30|DPD Pickup:5",
     0},
    {"EU cross-border", 700, "DE:Erfurt|NL:Tilburg",
     "FR:14|ES:18|IT:18|BE:10|AT:12|PL:10|IE:6|NL:6|DE:6",
     "DPD Classic:40|GLS BusinessParcel:35|DHL Paket International:15|DPD Pickup:10", 60},
    {"EU to US", 250, "DE:Erfurt|NL:Tilburg", "US:1",
     "DHL Express Worldwide:50|UPS Worldwide Saver:20|FedEx International Priority:15|"
     "DHL Paket International:15",
     -360},
    {"US to Europe", 200, "US:Edison", "DE:25|FR:18|NL:10|GB:25|ES:10|IT:12",
     "FedEx International Priority:30|UPS Worldwide Saver:30|DHL Express Worldwide:20|"
     "First-Class Package International Service:20",
     60},
    {"EU to India", 150, "DE:Erfurt|NL:Tilburg", "IN:1",
     "DHL Express Worldwide:60|FedEx International Priority:25|DHL Paket International:15",
     330},
});

constexpr bool isEurope(const char *country)
{
    constexpr const char *Europe[] = {"DE", "FR", "NL", "GB", "ES", "IT", "BE", "AT", "PL", "IE"};
    for (const char *c : Europe) {
        if (c[0] == country[0] && c[1] == country[1])
            return true;
    }
    return false;
}

// clang-format on

} // namespace

Subtag demoScanSubtag(DemoScan scan)
{
    return ScanSubtags[static_cast<size_t>(scan)];
}

std::span<const DemoCarrierProfile> demoCarriers()
{
    return Carriers;
}

std::span<const DemoScanText> demoGenericVocabulary()
{
    return Generic;
}

std::span<const DemoService> demoServices()
{
    return Services;
}

const DemoService *findDemoService(const char *carrier, const char *name)
{
    for (const DemoService &s : Services) {
        if (std::strcmp(s.name, name) == 0 && (!carrier || std::strcmp(s.carrier, carrier) == 0))
            return &s;
    }
    return nullptr;
}

std::span<const DemoLane> demoLanes()
{
    return Lanes;
}

DemoBand demoBand(const DemoPlace &origin, const DemoPlace &destination)
{
    if (std::strcmp(origin.country, destination.country) == 0)
        return origin.region == destination.region ? DemoBand::Near : DemoBand::Far;
    if (isEurope(origin.country) && isEurope(destination.country))
        return DemoBand::International;
    return DemoBand::Intercontinental;
}

const DemoTransit &demoTransit(const DemoService &service, DemoBand band)
{
    switch (band) {
    case DemoBand::Near:
        return service.near;
    case DemoBand::Far:
        return service.far;
    case DemoBand::International:
        return service.intl;
    case DemoBand::Intercontinental:
        return service.world;
    }
    return service.far;
}

int demoTransitDays(qint64 firstScanDay, qint64 deliveryDay, quint8 workDays)
{
    int days = 0;
    for (qint64 d = firstScanDay + 1; d < deliveryDay; ++d) {
        const int weekday = static_cast<int>(((d % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday
        if (workDays & (1 << weekday))
            ++days;
    }
    return deliveryDay > firstScanDay ? days + 1 : 0;
}

} // namespace ct
